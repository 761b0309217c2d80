package dev.genedata.hgnc.resolve.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates a spreadsheet made of symbols, read back to the symbols they may have been; worked out by hand. */
class SpreadsheetDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1-Mar       | MAR1 MARCH1 MARC1",
            "01-Mar      | MAR1 MARCH1 MARC1",
            "1-MAR       | MAR1 MARCH1 MARC1",
            "1 mar       | MAR1 MARCH1 MARC1",
            "1-March     | MAR1 MARCH1 MARC1",
            "1-Mar-24    | MAR1 MARCH1 MARC1",
            "1-Mar-2024  | MAR1 MARCH1 MARC1",
            "Mar-01      | MAR1 MARCH1 MARC1",
            "Mar-1       | MAR1 MARCH1 MARC1",
            "3/1         | MAR1 MARCH1 MARC1",
            "03/01       | MAR1 MARCH1 MARC1",
            "3-01        | MAR1 MARCH1 MARC1",
            "03-1        | MAR1 MARCH1 MARC1",
            "3/1/2024    | MAR1 MARCH1 MARC1",
            "03/01/24    | MAR1 MARCH1 MARC1",
            "2024-03-01  | MAR1 MARCH1 MARC1",
            "2024-03-01 00:00:00 | MAR1 MARCH1 MARC1",
            "2024-03-01T00:00:00.000 | MAR1 MARCH1 MARC1",
            "2-Sep       | SEP2 SEPTEMBER2 SEPT2",
            "2-Sept      | SEP2 SEPTEMBER2 SEPT2",
            "Sep-15      | SEP15 SEPTEMBER15 SEPT15",
            "9/2         | SEP2 SEPTEMBER2 SEPT2",
            "1-Dec       | DEC1 DECEMBER1",
            "12/1        | DEC1 DECEMBER1",
            "4-Oct       | OCT4 OCTOBER4",
            "10-4        | OCT4 OCTOBER4",
            "15-May      | MAY15",
            "29-Feb      | FEB29 FEBRUARY29",
            "Jun-40      | JUN40 JUNE40",
            "11-Mar      | MAR11 MARCH11 MARC11" })
    void readsADateBackToEverySymbolItMayHaveBeen(String input, String symbols) {
        assertThat(SpreadsheetDates.symbolsFor(input)).containsExactly(symbols.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "MARCH1", "SEPT2", "TP53", "1-Marc", "March", "1-", "-1", "0-Mar", "32-Jan", "30-Feb",
            "31-Apr", "Mar-0", "Mar-100", "13/1", "0/5", "9/31", "2024-13-01", "2024-02-30", "2024-03-01 12:00:00",
            "1-Mar-123", "3/1/123", "3/1-2024", "HGNC:5", "NKX2-1", "6-16 ", "a 1", "", "12", "1--Mar", "1/Mar" })
    void leavesEverythingElseAlone(String input) {
        assertThat(SpreadsheetDates.symbolsFor(input)).isEmpty();
    }
}
