package dev.genedata.hgnc.job.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.common.error.ServiceException;

/** Every validation rule of a job submission, and the normalized parameters of each kind. */
class JobRequestValidatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int YEAR = 2026;

    @Test
    void minimalRequestsGetEveryDefault() {
        assertThat(normalize("{\"analysis\":\"counts\",\"group_by\":\"chromosome\"}").params().toString())
                .isEqualTo("{\"group_by\":\"chromosome\",\"filter\":{},\"width\":1200,\"height\":700}");
        assertThat(normalize("{\"analysis\":\"counts\",\"group_by\":\"gene_group\"}").params().toString())
                .isEqualTo("{\"group_by\":\"gene_group\",\"top\":20,\"filter\":{},\"width\":1200,\"height\":700}");
        assertThat(normalize("{\"analysis\":\"approvals_by_year\"}").params().toString())
                .isEqualTo("{\"start_year\":1986,\"end_year\":2026,\"split_by\":null,\"filter\":{},\"width\":1200,"
                        + "\"height\":700}");
        JobRequestValidator.NormalizedRequest completeness = normalize("{\"analysis\":\"completeness\"}");
        assertThat(completeness.analysis()).isEqualTo(AnalysisKind.COMPLETENESS);
        assertThat(completeness.params().toString()).isEqualTo("{\"filter\":{},\"width\":1200,\"height\":700}");
    }

    @Test
    void filtersAreNormalizedInAFixedOrder() {
        String body = "{\"analysis\":\"completeness\",\"filter\":{\"approved_to\":2020,\"chromosome\":\"x\","
                + "\"symbol_prefix\":\" BRC \",\"locus_group\":\"pseudogene\"},\"width\":800,\"height\":600}";
        assertThat(normalize(body).params().toString()).isEqualTo("{\"filter\":{\"locus_group\":\"pseudogene\","
                + "\"chromosome\":\"X\",\"symbol_prefix\":\"BRC\",\"approved_to\":2020},\"width\":800,\"height\":600}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[1,2]|the request body must be a JSON object like {\"analysis\": \"counts\", \"group_by\": \"chromosome\"}",
        "\"counts\"|the request body must be a JSON object",
        "{}|analysis is required: one of counts, approvals_by_year, completeness",
        "{\"analysis\":5}|analysis is required: one of counts, approvals_by_year, completeness",
        "{\"analysis\":\"nope\"}|unknown analysis 'nope'; allowed: counts, approvals_by_year, completeness",
        "{\"analysis\":\"counts\",\"group_by\":\"status\",\"foo\":1}|unknown parameter 'foo' for analysis counts; allowed: group_by, top, filter, width, height",
        "{\"analysis\":\"completeness\",\"top\":5}|unknown parameter 'top' for analysis completeness; allowed: filter, width, height",
        "{\"analysis\":\"counts\"}|group_by is required: one of locus_group, locus_type, status, chromosome, gene_group",
        "{\"analysis\":\"counts\",\"group_by\":\"name\"}|group_by must be one of locus_group, locus_type, status, chromosome, gene_group; got \"name\"",
        "{\"analysis\":\"counts\",\"group_by\":\"gene_group\",\"top\":0}|top must be an integer from 1 to 100; got 0",
        "{\"analysis\":\"counts\",\"group_by\":\"gene_group\",\"top\":101}|top must be an integer from 1 to 100; got 101",
        "{\"analysis\":\"counts\",\"group_by\":\"gene_group\",\"top\":\"5\"}|top must be an integer from 1 to 100; got \"5\"",
        "{\"analysis\":\"counts\",\"group_by\":\"gene_group\",\"top\":5.5}|top must be an integer from 1 to 100; got 5.5",
        "{\"analysis\":\"counts\",\"group_by\":\"gene_group\",\"top\":true}|top must be an integer from 1 to 100; got true",
        "{\"analysis\":\"counts\",\"group_by\":\"gene_group\",\"top\":99999999999999999999}|top must be an integer from 1 to 100; got 99999999999999999999",
        "{\"analysis\":\"counts\",\"group_by\":\"status\",\"top\":5}|top applies only when group_by is gene_group (the other fields have few values)",
        "{\"analysis\":\"approvals_by_year\",\"start_year\":2010,\"end_year\":2000}|start_year must not be after end_year; got start_year 2010 and end_year 2000",
        "{\"analysis\":\"approvals_by_year\",\"start_year\":1899}|start_year must be an integer from 1900 to 2026; got 1899",
        "{\"analysis\":\"approvals_by_year\",\"end_year\":2027}|end_year must be an integer from 1900 to 2026; got 2027",
        "{\"analysis\":\"approvals_by_year\",\"split_by\":\"status\"}|split_by must be one of locus_group, locus_type; got \"status\"",
        "{\"analysis\":\"completeness\",\"filter\":[]}|filter must be an object with any of locus_group, locus_type, status, chromosome, gene_group, symbol_prefix, approved_from, approved_to",
        "{\"analysis\":\"completeness\",\"filter\":{\"name\":\"x\"}}|unknown filter 'name'; allowed: locus_group, locus_type, status, chromosome, gene_group, symbol_prefix, approved_from, approved_to",
        "{\"analysis\":\"completeness\",\"filter\":{\"chromosome\":\"23\"}}|filter.chromosome must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, X, Y, MT; got \"23\"",
        "{\"analysis\":\"completeness\",\"filter\":{\"locus_group\":\"\"}}|filter.locus_group must be a non-empty string of at most 200 characters; got \"\"",
        "{\"analysis\":\"completeness\",\"filter\":{\"gene_group\":7}}|filter.gene_group must be a non-empty string of at most 200 characters; got 7",
        "{\"analysis\":\"completeness\",\"filter\":{\"approved_from\":\"2000\"}}|filter.approved_from must be an integer from 1900 to 2026; got \"2000\"",
        "{\"analysis\":\"completeness\",\"filter\":{\"approved_from\":2010,\"approved_to\":2000}}|filter.approved_from must not be after filter.approved_to; got 2010 and 2000",
        "{\"analysis\":\"completeness\",\"width\":100}|width must be an integer from 400 to 4000; got 100",
        "{\"analysis\":\"completeness\",\"height\":5000}|height must be an integer from 300 to 3000; got 5000",
    })
    void badRequestsNameTheParameterAndWhatIsAllowed(String body, String message) {
        assertThatThrownBy(() -> normalize(body))
                .isInstanceOf(ServiceException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(((ServiceException) e).status()).isEqualTo(400));
    }

    @Test
    void aNullBodyIsRejected() {
        assertThatThrownBy(() -> JobRequestValidator.normalize(null, YEAR)).hasMessageStartingWith("the request body must be");
    }

    private static JobRequestValidator.NormalizedRequest normalize(String json) {
        try {
            JsonNode body = MAPPER.readTree(json);
            return JobRequestValidator.normalize(body, YEAR);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
