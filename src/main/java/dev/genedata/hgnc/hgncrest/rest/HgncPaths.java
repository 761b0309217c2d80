package dev.genedata.hgnc.hgncrest.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import dev.genedata.hgnc.common.error.InvalidInputException;

/**
 * A term or query as HGNC's URLs write it in the path: {@code +} for a space
 * ({@code /search/symbol:ZNF*+AND+status:Approved}), {@code %2B} for a plus, {@code %XX} escapes in UTF-8.
 */
final class HgncPaths {

    private HgncPaths() {
    }

    /**
     * The segment decoded.
     *
     * @param raw the path segment as the request sent it, still encoded
     * @param name what the segment is, for the error
     * @throws InvalidInputException for a broken {@code %} escape
     */
    static String decode(String raw, String name) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("the " + name + " has a broken %-escape: use %XX with two hex digits (%2B for "
                    + "a plus, + or %20 for a space); got '" + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw) + "'");
        }
    }
}
