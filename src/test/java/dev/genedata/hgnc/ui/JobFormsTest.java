package dev.genedata.hgnc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The job forms: the request a form makes, and which field an API message belongs beside. */
class JobFormsTest {

    @Test
    void aFormBecomesTheApiRequestWithFilterKeysInFilterAndBlanksLeftOut() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("analysis", "counts");
        form.put("group_by", "chromosome");
        form.put("top", " 5 ");
        form.put("width", "");
        form.put("locus_group", "protein-coding gene");
        form.put("approved_from", "2000");
        form.put("height", "tall");
        assertThat(JobForms.request("counts", form)).hasToString("{\"analysis\":\"counts\",\"filter\":{\"locus_group\":"
                + "\"protein-coding gene\",\"approved_from\":2000},\"group_by\":\"chromosome\",\"top\":5,\"height\":\"tall\"}");
    }

    @Test
    void anErrorGoesBesideTheFieldItsMessageNames() {
        JobForms top = JobForms.refused("counts", Map.of("top", "500"), "top must be an integer from 1 to 100; got 500",
                JobForms.Choices.NONE);
        assertThat(top.errorFor("counts", "top")).isEqualTo("top must be an integer from 1 to 100; got 500");
        assertThat(top.errorFor("approvals_by_year", "top")).isNull();
        assertThat(top.formError("counts")).isNull();
        assertThat(top.value("counts", "top")).isEqualTo("500");
        assertThat(top.value("completeness", "top")).isEmpty();

        JobForms chromosome = JobForms.refused("completeness", Map.of(), "filter.chromosome must be one of 1, 2; got \"23\"",
                JobForms.Choices.NONE);
        assertThat(chromosome.errorFor("completeness", "chromosome")).startsWith("filter.chromosome must be one of");

        String unknown = "unknown analysis 'nope'; allowed: counts, approvals_by_year, completeness";
        JobForms other = JobForms.refused("completeness", Map.of(), unknown, JobForms.Choices.NONE);
        assertThat(other.errorFor("completeness", "analysis")).isNull();
        assertThat(other.formError("completeness")).isEqualTo(unknown);
    }
}
