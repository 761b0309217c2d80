package dev.genedata.hgnc.hgncrest.service;

import java.util.Locale;

/**
 * The two formats HGNC's REST service answers in: JSON when the request's {@code Accept} header asks for
 * {@code application/json}, its Solr-style XML otherwise (no header, {@code *}{@code /*}, {@code text/html}
 * and anything else), as {@code rest.genenames.org} does.
 */
public enum AnswerFormat {
    /** {@code {"responseHeader":{...},"response":{...}}}. */
    JSON("application/json;charset=UTF-8"),
    /** {@code <response><lst name="responseHeader">...</lst><result ...>...</result></response>}. */
    XML("application/xml;charset=UTF-8");

    private final String mediaType;

    AnswerFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The Content-Type of an answer in this format. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The format an {@code Accept} header asks for: JSON when it names {@code application/json} with a
     * quality above 0 and no XML type with a higher one; XML otherwise. Wildcards count for neither, since
     * HGNC answers XML to {@code *}{@code /*}. A malformed quality counts as 1.
     *
     * @param accept the header's value; null when absent
     */
    public static AnswerFormat of(String accept) {
        if (accept == null || accept.isEmpty()) {
            return XML;
        }
        float json = 0;
        float xml = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";", -1);
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            float quality = quality(parts);
            if (type.equals("application/json")) {
                json = Math.max(json, quality);
            } else if (type.equals("application/xml") || type.equals("text/xml")) {
                xml = Math.max(xml, quality);
            }
        }
        return json > 0 && json >= xml ? JSON : XML;
    }

    private static float quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.charAt(1) == '=') {
                try {
                    float quality = Float.parseFloat(parameter.substring(2));
                    return Float.isNaN(quality) ? 1 : quality;
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }
}
