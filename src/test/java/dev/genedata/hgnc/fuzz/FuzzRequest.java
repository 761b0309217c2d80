package dev.genedata.hgnc.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request.
 *
 * @param kind what the generator meant to break, for the report
 * @param method the HTTP method
 * @param target the raw request target
 * @param headers extra headers
 * @param body the body, or null for none
 * @param mustFail whether any 2xx is a defect (a body that can never be a valid load or job)
 */
record FuzzRequest(String kind, String method, byte[] target, Map<String, String> headers, byte[] body, boolean mustFail) {

    /** The request in one line for a failure report, bodies cut short. */
    String describe() {
        String shownBody = body == null ? "" : " body[" + body.length + "]="
                + abbreviate(new String(body, StandardCharsets.ISO_8859_1));
        return kind + ": " + method + " " + abbreviate(new String(target, StandardCharsets.ISO_8859_1)) + " " + headers + shownBody;
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("[\\p{Cntrl}]", "·");
        return printable.length() > 120 ? printable.substring(0, 120) + "…(" + printable.length() + ")" : printable;
    }
}
