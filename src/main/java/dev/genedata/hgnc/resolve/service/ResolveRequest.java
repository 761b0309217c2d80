package dev.genedata.hgnc.resolve.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import dev.genedata.hgnc.common.error.InvalidInputException;
import dev.genedata.hgnc.common.error.RequestTooLargeException;

/**
 * The inputs of one {@code POST /genes/resolve}, in order, each without surrounding white space. Read from the
 * body as it streams past (a JSON array of strings, or text with one input per line, commas and tabs separating
 * too), so that a body of millions of items is refused at the first one over {@value #MAX_INPUTS} instead of
 * being held in memory first.
 *
 * <p>Every item of a JSON array is an input, the empty string included (its answer is unmatched), so that answers
 * pair up with the array; in text, empty items (blank lines, a trailing newline, {@code a,,b}) are skipped.
 *
 * @param inputs the inputs, in order
 */
public record ResolveRequest(List<String> inputs) {

    /** The most inputs one request may hold. */
    public static final int MAX_INPUTS = 100_000;
    /** The longest an input may be, in characters (HGNC's longest value has 32). */
    public static final int MAX_LENGTH = 1_000;
    /** A valid JSON body, quoted in errors. */
    public static final String JSON_EXAMPLE = "[\"TP53\", \"p53\", \"1-Mar\", \"HGNC:5\"]";

    private static final JsonFactory JSON = new JsonFactory();
    private static final int SHOWN = 40;

    /**
     * Reads a JSON array of strings.
     *
     * @throws InvalidInputException for a body that is not a JSON array of strings or holds an input over
     *         {@value #MAX_LENGTH} characters; 413 for more than {@value #MAX_INPUTS} inputs
     */
    public static ResolveRequest fromJson(byte[] body) {
        List<String> inputs = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidInputException("the request body must be a JSON array of strings like " + JSON_EXAMPLE
                        + ", or text/plain with one symbol or id per line");
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING) {
                    throw new InvalidInputException("every item of the array must be a string: [" + inputs.size()
                            + "] is " + describe(token, parser));
                }
                add(inputs, parser.getText(), "[" + inputs.size() + "]");
            }
            if (parser.nextToken() != null) {
                throw new InvalidInputException("the request body must be one JSON array; more follows its end");
            }
        } catch (JsonProcessingException e) {
            String problem = e.getOriginalMessage();
            throw new InvalidInputException("the request body is not valid JSON: "
                    + (problem.length() > 3 * SHOWN ? problem.substring(0, 3 * SHOWN) + "…" : problem) + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory failed", e);
        }
        return new ResolveRequest(inputs);
    }

    /**
     * Reads text: items separated by line breaks, commas and tabs; a byte order mark at the start is skipped.
     *
     * @throws InvalidInputException for a body that is not text in this charset or holds an input over
     *         {@value #MAX_LENGTH} characters; 413 for more than {@value #MAX_INPUTS} inputs
     */
    public static ResolveRequest fromText(byte[] body, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer chunk = CharBuffer.allocate(8192);
        TextItems items = new TextItems();
        for (CoderResult result = CoderResult.OVERFLOW; result.isOverflow();) {
            result = decoder.decode(in, chunk, true);
            if (result.isError()) {
                throw new InvalidInputException("the request body is not " + charset.name() + " text: byte "
                        + in.position() + " starts an invalid sequence; send text, or a JSON array of strings as "
                        + "application/json");
            }
            items.accept(chunk.flip());
            chunk.clear();
        }
        while (decoder.flush(chunk).isOverflow()) {
            items.accept(chunk.flip());
            chunk.clear();
        }
        items.accept(chunk.flip());
        return new ResolveRequest(items.end());
    }

    private static void add(List<String> inputs, String item, String where) {
        if (inputs.size() == MAX_INPUTS) {
            throw new RequestTooLargeException("too many inputs: at most " + MAX_INPUTS + " per request; split the list");
        }
        String input = item.strip();
        if (input.length() > MAX_LENGTH) {
            throw new InvalidInputException(where + " is " + input.length() + " characters long; a symbol or id has at "
                    + "most " + MAX_LENGTH + " (HGNC's longest has 32): '" + abbreviate(input) + "'");
        }
        inputs.add(input);
    }

    private static String describe(JsonToken token, JsonParser parser) throws IOException {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NULL -> "null";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean (" + parser.getText() + ")";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number (" + abbreviate(parser.getText()) + ")";
            default -> "not a string";
        };
    }

    private static String abbreviate(String text) {
        String value = text == null ? "" : text;
        return value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
    }

    /**
     * Splits text into items as it is decoded, holding one item at a time: white space before an item is skipped,
     * and white space after it is kept only up to the length limit, so that memory stays bounded whatever the body.
     */
    private static final class TextItems {

        private final List<String> inputs = new ArrayList<>();
        private final StringBuilder item = new StringBuilder();
        /** The item's length up to its last character that is not white space. */
        private int contentEnd;
        /** Whether white space after the content was dropped: more content would make the item too long. */
        private boolean spaceDropped;
        private int line = 1;
        private boolean first = true;

        void accept(CharBuffer chars) {
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (first && c == '\uFEFF') {
                    first = false;
                    continue;
                }
                first = false;
                if (c == '\n' || c == '\r' || c == ',' || c == '\t') {
                    endItem();
                    line += c == '\n' ? 1 : 0;
                } else if (Character.isISOControl(c)) {
                    throw new InvalidInputException(String.format("the request body is not text: line %d holds the "
                            + "control character U+%04X; send one symbol or id per line", line, (int) c));
                } else if (Character.isWhitespace(c)) {
                    if (item.length() > 0 && !spaceDropped) {
                        item.append(c);
                    }
                    if (item.length() > MAX_LENGTH) {
                        item.setLength(contentEnd);
                        spaceDropped = true;
                    }
                } else {
                    item.append(c);
                    contentEnd = item.length();
                    if (spaceDropped || contentEnd > MAX_LENGTH) {
                        throw new InvalidInputException("the item on line " + line + " is longer than " + MAX_LENGTH
                                + " characters, the most a symbol or id may have (HGNC's longest has 32): '"
                                + abbreviate(item.toString()) + "'");
                    }
                }
            }
        }

        List<String> end() {
            endItem();
            return inputs;
        }

        private void endItem() {
            if (contentEnd > 0) {
                add(inputs, item.substring(0, contentEnd), "the item on line " + line);
            }
            item.setLength(0);
            contentEnd = 0;
            spaceDropped = false;
        }
    }
}
