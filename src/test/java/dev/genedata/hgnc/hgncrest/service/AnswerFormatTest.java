package dev.genedata.hgnc.hgncrest.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** JSON only when the Accept header asks for it, XML for everything else, as HGNC answers. */
class AnswerFormatTest {

    @Test
    void jsonOnlyWhenAskedFor() {
        assertThat(AnswerFormat.of("application/json")).isEqualTo(AnswerFormat.JSON);
        assertThat(AnswerFormat.of("text/html, application/json;q=0.9")).isEqualTo(AnswerFormat.JSON);
        assertThat(AnswerFormat.of("Application/JSON; charset=UTF-8")).isEqualTo(AnswerFormat.JSON);
        assertThat(AnswerFormat.of("application/json, text/plain, */*")).isEqualTo(AnswerFormat.JSON);
    }

    @Test
    void xmlForNoHeaderWildcardsXmlAndAnythingElse() {
        assertThat(AnswerFormat.of(null)).isEqualTo(AnswerFormat.XML);
        assertThat(AnswerFormat.of("")).isEqualTo(AnswerFormat.XML);
        assertThat(AnswerFormat.of("*/*")).isEqualTo(AnswerFormat.XML);
        assertThat(AnswerFormat.of("application/*")).isEqualTo(AnswerFormat.XML);
        assertThat(AnswerFormat.of("text/html")).isEqualTo(AnswerFormat.XML);
        assertThat(AnswerFormat.of("application/xml")).isEqualTo(AnswerFormat.XML);
        assertThat(AnswerFormat.of(";;;,garbage")).isEqualTo(AnswerFormat.XML);
    }

    @Test
    void qualitiesDecideBetweenTheTwo() {
        assertThat(AnswerFormat.of("application/json;q=0")).isEqualTo(AnswerFormat.XML);
        assertThat(AnswerFormat.of("application/xml, application/json;q=0.5")).isEqualTo(AnswerFormat.XML);
        assertThat(AnswerFormat.of("application/xml;q=0.5, application/json")).isEqualTo(AnswerFormat.JSON);
        assertThat(AnswerFormat.of("application/json;q=x")).as("a malformed quality counts as 1").isEqualTo(AnswerFormat.JSON);
    }
}
