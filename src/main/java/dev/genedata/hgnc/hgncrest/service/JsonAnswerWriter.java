package dev.genedata.hgnc.hgncrest.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * HGNC's JSON: {@code {"responseHeader":{"status":0,"QTime":n},"response":{"numFound":n,"start":0,"docs":[...]}}},
 * with {@code maxScore} after {@code start} for a search. Records are copied as stored, byte for byte.
 */
final class JsonAnswerWriter implements AnswerWriter {

    static final JsonAnswerWriter INSTANCE = new JsonAnswerWriter();

    private static final byte[] HEADER = ascii("{\"responseHeader\":{\"status\":0,\"QTime\":");
    private static final byte[] NUM_FOUND = ascii("},\"response\":{\"numFound\":");
    private static final byte[] START = ascii(",\"start\":0,");
    private static final byte[] MAX_SCORE = ascii("\"maxScore\":");
    private static final byte[] DOCS = ascii("\"docs\":[");
    private static final byte[] HGNC_ID = ascii("{\"hgnc_id\":\"");
    private static final byte[] SYMBOL = ascii("\",\"symbol\":\"");
    private static final byte[] SCORE = ascii("\",\"score\":");
    private static final byte[] END = ascii("]}}");

    private JsonAnswerWriter() {
    }

    @Override
    public void start(OutputStream out, long qTime, long numFound, float maxScore) throws IOException {
        out.write(HEADER);
        out.write(ascii(Long.toString(qTime)));
        out.write(NUM_FOUND);
        out.write(ascii(Long.toString(numFound)));
        out.write(START);
        if (!Float.isNaN(maxScore)) {
            out.write(MAX_SCORE);
            out.write(ascii(Float.toString(maxScore)));
            out.write(',');
        }
        out.write(DOCS);
    }

    @Override
    public void record(OutputStream out, byte[] json, int offset, int length, boolean first) throws IOException {
        if (!first) {
            out.write(',');
        }
        out.write(json, offset, length);
    }

    @Override
    public void hit(OutputStream out, String hgncId, String symbol, float score, boolean first) throws IOException {
        if (!first) {
            out.write(',');
        }
        out.write(HGNC_ID);
        out.write(quoted(hgncId));
        out.write(SYMBOL);
        out.write(quoted(symbol));
        out.write(SCORE);
        out.write(ascii(Float.toString(score)));
        out.write('}');
    }

    @Override
    public void end(OutputStream out) throws IOException {
        out.write(END);
    }

    @Override
    public void info(OutputStream out, long qTime, String lastModified, int numDoc, List<String> searchableFields,
            List<String> storedFields) throws IOException {
        out.write(HEADER);
        out.write(ascii(qTime + "},\"lastModified\":\"" + lastModified + "\",\"numDoc\":" + numDoc
                + ",\"searchableFields\":"));
        array(out, searchableFields);
        out.write(ascii(",\"storedFields\":"));
        array(out, storedFields);
        out.write('}');
    }

    private static void array(OutputStream out, List<String> values) throws IOException {
        out.write('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write('"');
            out.write(quoted(values.get(i)));
            out.write('"');
        }
        out.write(']');
    }

    private static byte[] quoted(String text) {
        return JsonStringEncoder.getInstance().quoteAsUTF8(text);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
