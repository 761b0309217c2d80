package dev.genedata.hgnc.hgncrest.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * HGNC's XML, the shape of Solr's XML response writer: {@code <response>} holding
 * {@code <lst name="responseHeader">} and {@code <result name="response" numFound=".." start="0">} with one
 * {@code <doc>} per record; each field typed as Solr types it ({@code <str>}, {@code <int>}, {@code <long>},
 * {@code <float>}, {@code <double>}, {@code <bool>}, and {@code <arr>} around the values of a list). A
 * stored record is turned into its {@code <doc>} from Jackson's token stream, without building a tree.
 */
public final class XmlAnswerWriter implements AnswerWriter {

    static final XmlAnswerWriter INSTANCE = new XmlAnswerWriter();

    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] HEADER = ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n"
            + "<lst name=\"responseHeader\"><int name=\"status\">0</int><int name=\"QTime\">");
    private static final byte[] END = ascii("</result>\n</response>\n");

    private XmlAnswerWriter() {
    }

    /**
     * A whole error answer as Solr writes one: the status in the response header, and
     * {@code <lst name="error">} with the message and the code.
     */
    public static byte[] error(int status, String message) {
        return utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n<lst name=\"responseHeader\"><int name=\"status\">"
                + status + "</int><int name=\"QTime\">0</int></lst>\n<lst name=\"error\"><str name=\"msg\">"
                + escape(message) + "</str><int name=\"code\">" + status + "</int></lst>\n</response>\n");
    }

    @Override
    public void start(OutputStream out, long qTime, long numFound, float maxScore) throws IOException {
        out.write(HEADER);
        out.write(ascii(qTime + "</int></lst>\n<result name=\"response\" numFound=\"" + numFound + "\" start=\"0\""
                + (Float.isNaN(maxScore) ? "" : " maxScore=\"" + maxScore + "\"") + ">\n"));
    }

    @Override
    public void record(OutputStream out, byte[] json, int offset, int length, boolean first) throws IOException {
        StringBuilder doc = new StringBuilder(length + length / 2).append("<doc>");
        try (JsonParser parser = JSON.createParser(json, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("a stored record is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    doc.append("<arr name=\"").append(escape(name)).append("\">");
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        element(doc, parser, null);
                    }
                    doc.append("</arr>");
                } else {
                    element(doc, parser, name);
                }
            }
        }
        out.write(utf8(doc.append("</doc>\n").toString()));
    }

    @Override
    public void hit(OutputStream out, String hgncId, String symbol, float score, boolean first) throws IOException {
        out.write(utf8("<doc><str name=\"hgnc_id\">" + escape(hgncId) + "</str><str name=\"symbol\">" + escape(symbol)
                + "</str><float name=\"score\">" + score + "</float></doc>\n"));
    }

    @Override
    public void end(OutputStream out) throws IOException {
        out.write(END);
    }

    /**
     * As {@code rest.genenames.org} answers {@code /info} in XML: the facts as the fields of one document.
     */
    @Override
    public void info(OutputStream out, long qTime, String lastModified, int numDoc, List<String> searchableFields,
            List<String> storedFields) throws IOException {
        start(out, qTime, 1, Float.NaN);
        StringBuilder doc = new StringBuilder("<doc><str name=\"lastModified\">").append(escape(lastModified))
                .append("</str><int name=\"numDoc\">").append(numDoc).append("</int>");
        list(doc, "searchableFields", searchableFields);
        list(doc, "storedFields", storedFields);
        out.write(utf8(doc.append("</doc>\n").toString()));
        end(out);
    }

    private static void list(StringBuilder doc, String name, List<String> values) {
        doc.append("<arr name=\"").append(name).append("\">");
        values.forEach(value -> doc.append("<str>").append(escape(value)).append("</str>"));
        doc.append("</arr>");
    }

    /** One scalar as a typed element, named unless it is an array's; nested arrays and objects are left out. */
    private static void element(StringBuilder doc, JsonParser parser, String name) throws IOException {
        JsonToken token = parser.currentToken();
        String type = switch (token) {
            case VALUE_STRING -> "str";
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.INT ? "int" : "long";
            case VALUE_NUMBER_FLOAT -> "double";
            case VALUE_TRUE, VALUE_FALSE -> "bool";
            default -> null;
        };
        if (type == null) {
            parser.skipChildren();
            return;
        }
        doc.append('<').append(type);
        if (name != null) {
            doc.append(" name=\"").append(escape(name)).append('"');
        }
        doc.append('>').append(escape(parser.getText())).append("</").append(type).append('>');
    }

    /**
     * The text with XML's special characters escaped; characters XML 1.0 cannot hold at all (most control
     * characters, unpaired surrogates) become U+FFFD.
     */
    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                default -> allowed(text, i) ? null : "\uFFFD";
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
