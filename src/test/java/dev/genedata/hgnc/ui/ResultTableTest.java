package dev.genedata.hgnc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A result as the job page's table and its CSV: one column of counts, or one column per series. */
class ResultTableTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void countsAreOneColumnNamedAfterTheGrouping() throws Exception {
        ResultTable table = ResultTable.of("counts", json("{\"params\":{\"group_by\":\"locus_type\"},\"matched\":3,"
                + "\"title\":\"Genes per locus type (3 matched genes)\",\"counts\":{\"RNA, micro\":2,\"pseudogene\":1}}"));
        assertThat(table.header()).containsExactly("locus_type", "genes");
        assertThat(table.rows()).containsExactly(List.of("RNA, micro", "2"), List.of("pseudogene", "1"));
        assertThat(table.matched()).isEqualTo(3);
        assertThat(table.csv()).isEqualTo("locus_type,genes\r\n\"RNA, micro\",2\r\npseudogene,1\r\n");
    }

    @Test
    void aSplitIsOneColumnPerSeries() throws Exception {
        ResultTable table = ResultTable.of("approvals_by_year", json("{\"matched\":4,\"title\":\"t\",\"series\":{"
                + "\"pseudogene\":{\"2000\":1,\"2001\":0},\"other\":{\"2000\":2,\"2001\":1}}}"));
        assertThat(table.header()).containsExactly("year", "pseudogene", "other");
        assertThat(table.rows()).containsExactly(List.of("2000", "1", "2"), List.of("2001", "0", "1"));
    }

    @Test
    void completenessIsPercentFilled() throws Exception {
        ResultTable table = ResultTable.of("completeness", json("{\"matched\":503,\"title\":\"t\",\"counts\":{\"symbol\":100.0}}"));
        assertThat(table.header()).containsExactly("field", "% filled");
        assertThat(table.rows()).containsExactly(List.of("symbol", "100.0"));
    }

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }
}
