package dev.genedata.hgnc.gene.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Compacting JSON text: whitespace between tokens goes, strings stay byte for byte. */
class JsonTextTest {

    @Test
    void removesWhitespaceBetweenTokensOnly() {
        assertThat(compact("{ \"a b\" :\t[ 1 ,\r\n 2 ],\n \"c\" : \"  x  \" }")).isEqualTo("{\"a b\":[1,2],\"c\":\"  x  \"}");
    }

    @Test
    void escapedQuotesAndBackslashesDoNotEndAString() {
        assertThat(compact("[ \"say \\\"hi\\\" \" , \"ends in \\\\\" , \"tab\\t \" ]"))
                .isEqualTo("[\"say \\\"hi\\\" \",\"ends in \\\\\",\"tab\\t \"]");
    }

    @Test
    void compactTextComesBackAsTheSameArray() {
        byte[] json = "{\"name\":\"alpha-1-B glycoprotein\",\"ids\":[1,2]}".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonText.compact(json)).isSameAs(json);
    }

    @Test
    void multiByteCharactersPassThrough() {
        assertThat(compact("{ \"name\" : \"é – ü 中\" }")).isEqualTo("{\"name\":\"é – ü 中\"}");
    }

    private static String compact(String json) {
        return new String(JsonText.compact(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
