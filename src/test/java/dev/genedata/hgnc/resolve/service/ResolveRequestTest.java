package dev.genedata.hgnc.resolve.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;

import dev.genedata.hgnc.common.error.DomainException;
import dev.genedata.hgnc.common.error.InvalidInputException;
import dev.genedata.hgnc.common.error.RequestTooLargeException;

import org.junit.jupiter.api.Test;


/** Reading the inputs of a resolve request from JSON and from text. */
class ResolveRequestTest {

    @Test
    void aJsonArrayGivesEveryItemInOrderStripped() {
        assertThat(json("[\"TP53\", \" p53 \", \"\", \"1-Mar\", \"TP53\", \"\\u03b14\"]").inputs())
                .containsExactly("TP53", "p53", "", "1-Mar", "TP53", "α4");
        assertThat(json("\uFEFF[]").inputs()).isEmpty();
    }

    @Test
    void textIsSplitAtLineBreaksCommasAndTabsAndEmptyItemsAreSkipped() {
        assertThat(text("\uFEFFTP53\r\n p53 ,1-Mar\tBRCA1\n\n,,\t\nHGNC:5").inputs())
                .containsExactly("TP53", "p53", "1-Mar", "BRCA1", "HGNC:5");
        assertThat(text("").inputs()).isEmpty();
        assertThat(text("\n \n").inputs()).isEmpty();
        assertThat(ResolveRequest.fromText("α4\n".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1)
                .inputs()).as("a Latin-1 body read as Latin-1").hasSize(1);
    }

    @Test
    void aBodyThatIsNotAJsonArrayOfStringsIsA400ThatSaysWhy() {
        assertBadRequest(() -> json(""), "the request body must be a JSON array of strings like");
        assertBadRequest(() -> json("{\"inputs\":[\"TP53\"]}"), "the request body must be a JSON array of strings like");
        assertBadRequest(() -> json("\"TP53\""), "the request body must be a JSON array of strings like");
        assertBadRequest(() -> json("[\"TP53\", 7157]"), "every item of the array must be a string: [1] is a number (7157)");
        assertBadRequest(() -> json("[\"TP53\", null]"), "every item of the array must be a string: [1] is null");
        assertBadRequest(() -> json("[[\"TP53\"]]"), "every item of the array must be a string: [0] is an array");
        assertBadRequest(() -> json("[{}]"), "every item of the array must be a string: [0] is an object");
        assertBadRequest(() -> json("[\"TP53\""), "the request body is not valid JSON: Unexpected end-of-input");
        assertBadRequest(() -> json("[\"TP53\"] []"), "the request body must be one JSON array; more follows its end");
        assertBadRequest(() -> json("[\"a\" \"b\"]"), "the request body is not valid JSON: ");
    }

    @Test
    void aBodyThatIsNotTextIsA400() {
        assertBadRequest(() -> ResolveRequest.fromText(new byte[] { 'a', '\n', (byte) 0xff, 'b' }, StandardCharsets.UTF_8),
                "the request body is not UTF-8 text: byte 2 starts an invalid sequence");
        assertBadRequest(() -> text("TP53\nBR\u0000CA1"), "the request body is not text: line 2 holds the control "
                + "character U+0000");
    }

    @Test
    void moreThanTheLimitOfInputsIsA413() {
        String limit = String.join(",", Collections.nCopies(ResolveRequest.MAX_INPUTS, "TP53"));
        assertThat(text(limit).inputs()).hasSize(ResolveRequest.MAX_INPUTS);
        assertThat(text(limit + ",,\n").inputs()).as("empty items do not count").hasSize(ResolveRequest.MAX_INPUTS);
        DomainException tooMany = catchDomain(() -> text(limit + ",BRCA1"));
        assertThat(tooMany).isInstanceOf(RequestTooLargeException.class);
        assertThat(tooMany.getMessage()).isEqualTo("too many inputs: at most 100000 per request; split the list");
        String array = "[" + String.join(",", Collections.nCopies(ResolveRequest.MAX_INPUTS + 1, "\"\"")) + "]";
        assertThat(catchDomain(() -> json(array))).isInstanceOf(RequestTooLargeException.class);
    }

    @Test
    void anInputOverTheLengthLimitIsA400AndSurroundingSpaceDoesNotCount() {
        String longest = "A".repeat(ResolveRequest.MAX_LENGTH);
        assertThat(text("  " + longest + " ".repeat(5000) + "\nB").inputs()).containsExactly(longest, "B");
        assertThat(json("[\" " + longest + " \"]").inputs()).containsExactly(longest);
        assertBadRequest(() -> text("B\n" + longest + "A"), "the item on line 2 is longer than 1000 characters");
        assertBadRequest(() -> text(longest + " ".repeat(5000) + "A"), "the item on line 1 is longer than 1000 characters");
        assertBadRequest(() -> json("[\"B\",\"" + longest + "A\"]"), "[1] is 1001 characters long");
    }

    private static ResolveRequest json(String body) {
        return ResolveRequest.fromJson(body.getBytes(StandardCharsets.UTF_8));
    }

    private static ResolveRequest text(String body) {
        return ResolveRequest.fromText(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static void assertBadRequest(Runnable reading, String messageStart) {
        DomainException e = catchDomain(reading);
        assertThat(e).isInstanceOf(InvalidInputException.class);
        assertThat(e.getMessage()).startsWith(messageStart);
    }

    private static DomainException catchDomain(Runnable reading) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(reading::run);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return (DomainException) thrown;
    }
}
