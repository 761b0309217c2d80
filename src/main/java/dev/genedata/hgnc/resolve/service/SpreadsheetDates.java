package dev.genedata.hgnc.resolve.service;

import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises gene symbols that a spreadsheet turned into dates and names the symbols each may have been, as the
 * HGNChelper R package does: Excel reads {@code MARCH1}, {@code MARC1} and {@code MAR1} alike as the 1st of March
 * and shows {@code 1-Mar}, {@code SEPT2} and {@code SEP2} as {@code 2-Sep}. Which of those symbols exist, and
 * which genes they name, is for the loaded data to say: this class only reads the date back to spellings.
 *
 * <p>A month is read back to its three-letter abbreviation, its full name, and the other spellings that
 * spreadsheets take for it and that gene symbols use: {@code MARC} for March, {@code SEPT} for September. The
 * date forms recognised, in any case:
 * <ul>
 * <li>{@code 1-Mar}, {@code 01-Mar}, {@code 1 Mar}, {@code 1-March}, {@code 2-Sept} (Excel's default {@code d-mmm})</li>
 * <li>{@code 1-Mar-24}, {@code 1-Mar-2024} ({@code d-mmm-yy})</li>
 * <li>{@code Mar-01}, {@code Mar-1}, {@code Mar 1} (a month and a number, also Excel's {@code mmm-yy})</li>
 * <li>{@code 3/1}, {@code 03/01}, {@code 3-1}, {@code 03-01}, {@code 3/1/2024}, {@code 03/01/24} (month first, as
 * the US short date and HGNChelper's table have it)</li>
 * <li>{@code 2024-03-01}, also followed by {@code 00:00:00} (a date cell read by a program)</li>
 * </ul>
 * A day must exist in its month ({@code 30-Feb} is no date a spreadsheet writes); the number after a month name
 * may be 1 to 99, as {@code mmm-yy} shows years.
 */
public final class SpreadsheetDates {

    private static final Map<String, Month> MONTHS = months();
    /** The spellings of each month's symbols besides its abbreviation and full name. */
    private static final Map<Month, List<String>> OTHER_SPELLINGS = Map.of(Month.MARCH, List.of("MARC"),
            Month.SEPTEMBER, List.of("SEPT"));

    private static final String MONTH = "([a-z]{3,9})";
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})[- ]" + MONTH + "(?:-(?:\\d{2}|\\d{4}))?");
    private static final Pattern MONTH_NUMBER = Pattern.compile(MONTH + "[- ](\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([-/])(\\d{1,2})(?:\\2(?:\\d{2}|\\d{4}))?");
    private static final Pattern ISO = Pattern.compile("\\d{4}-(\\d{2})-(\\d{2})(?:[ t]00:00(?::00(?:\\.0+)?)?)?");

    private SpreadsheetDates() {
    }

    /**
     * The symbols this input may have been before a spreadsheet made a date of it, in upper case, abbreviation
     * first ({@code 1-Mar}: {@code MAR1}, {@code MARCH1}, {@code MARC1}); empty when it is not such a date.
     */
    public static List<String> symbolsFor(String input) {
        if (input.length() < 3 || input.length() > 25 || !looksLikeADate(input)) {
            return List.of();
        }
        String text = input.toLowerCase(Locale.ROOT);
        Matcher matcher = DAY_MONTH.matcher(text);
        if (matcher.matches()) {
            return spellings(MONTHS.get(matcher.group(2)), Integer.parseInt(matcher.group(1)), true);
        }
        matcher = MONTH_NUMBER.matcher(text);
        if (matcher.matches()) {
            return spellings(MONTHS.get(matcher.group(1)), Integer.parseInt(matcher.group(2)), false);
        }
        matcher = NUMERIC.matcher(text);
        if (matcher.matches()) {
            return spellings(month(Integer.parseInt(matcher.group(1))), Integer.parseInt(matcher.group(3)), true);
        }
        matcher = ISO.matcher(text);
        if (matcher.matches()) {
            return spellings(month(Integer.parseInt(matcher.group(1))), Integer.parseInt(matcher.group(2)), true);
        }
        return List.of();
    }

    /** A cheap test before the patterns: a digit and a separator a date has. */
    private static boolean looksLikeADate(String input) {
        boolean digit = false;
        boolean separator = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            digit |= c >= '0' && c <= '9';
            separator |= c == '-' || c == '/' || c == ' ';
        }
        return digit && separator;
    }

    /**
     * @param month null for no month
     * @param day whether the number is a day of the month (else 1 to 99)
     */
    private static List<String> spellings(Month month, int number, boolean day) {
        if (month == null || number < 1 || number > (day ? month.maxLength() : 99)) {
            return List.of();
        }
        String name = month.name();
        List<String> symbols = new ArrayList<>(4);
        symbols.add(name.substring(0, 3) + number);
        symbols.add(name + number);
        for (String spelling : OTHER_SPELLINGS.getOrDefault(month, List.of())) {
            symbols.add(spelling + number);
        }
        return symbols.stream().distinct().toList();
    }

    private static Month month(int number) {
        return number >= 1 && number <= 12 ? Month.of(number) : null;
    }

    private static Map<String, Month> months() {
        Map<String, Month> names = new HashMap<>();
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            names.put(name, month);
            names.put(name.substring(0, 3), month);
        }
        names.put("sept", Month.SEPTEMBER); // as British English locales abbreviate it
        return Map.copyOf(names);
    }
}
