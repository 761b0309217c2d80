package dev.genedata.hgnc.gene.parse;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Streams records out of HGNC JSON: the official {@code {"response":{"docs":[...]}}} (other keys are
 * skipped, in any order) or a plain array of records. Each record is checked on the token stream, no
 * tree built, and its own bytes travel with it, so that nobody serializes it again to store it.
 */
final class JsonRecordReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonRecordReader() {
    }

    /** Reads every record of the JSON into the validator; syntax errors and truncation name line and column. */
    static void read(InputStream in, RecordValidator validator) throws IOException {
        RecordBytes bytes = new RecordBytes(in);
        RecordScanner scanner = new RecordScanner();
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == JsonToken.START_ARRAY) {
                    readArray(parser, bytes, scanner, validator);
                } else if (first == JsonToken.START_OBJECT) {
                    if (!readOfficial(parser, bytes, scanner, validator)) {
                        throw new MalformedDataException("the JSON object has no response.docs array: send the official "
                                + "shape {\"response\":{\"docs\":[...]}} or a JSON array of records");
                    }
                } else {
                    throw new MalformedDataException("the JSON must be an object with response.docs or an array of records");
                }
                JsonToken trailing = parser.nextToken();
                if (trailing != null) {
                    throw new MalformedDataException("unexpected content after the JSON value at "
                            + where(parser.currentTokenLocation()));
                }
            } catch (JsonEOFException e) {
                throw new MalformedDataException("truncated JSON at " + where(e.getLocation()) + " "
                        + progress(validator.count()), e);
            } catch (JsonProcessingException e) {
                throw new MalformedDataException("malformed JSON at " + where(e.getLocation()) + " "
                        + progress(validator.count()) + ": " + e.getOriginalMessage(), e);
            }
        }
    }

    private static boolean readOfficial(JsonParser parser, RecordBytes bytes, RecordScanner scanner,
            RecordValidator validator) throws IOException {
        boolean found = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("response".equals(name) && value == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String inner = parser.currentName();
                    JsonToken innerValue = parser.nextToken();
                    if ("docs".equals(inner) && innerValue == JsonToken.START_ARRAY) {
                        readArray(parser, bytes, scanner, validator);
                        found = true;
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        return found;
    }

    private static void readArray(JsonParser parser, RecordBytes bytes, RecordScanner scanner,
            RecordValidator validator) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw new JsonEOFException(parser, null, "end of input inside the array of records");
            }
            long start = parser.currentTokenLocation().getByteOffset();
            bytes.startAt(start);
            ScannedRecord record = scanner.scan(parser, bytes::slice);
            validator.accept(record, 0, bytes.slice(start, parser.currentLocation().getByteOffset()));
        }
    }

    /** Which records were complete when the JSON broke off, so that the client can find the spot. */
    private static String progress(int complete) {
        return complete == 0 ? "before the first complete record"
                : "after record " + (complete - 1) + " (" + complete + " complete records)";
    }

    private static String where(JsonLocation location) {
        if (location == null) {
            return "an unknown position";
        }
        return "line " + location.getLineNr() + " column " + location.getColumnNr();
    }
}
