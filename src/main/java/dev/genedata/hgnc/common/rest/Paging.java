package dev.genedata.hgnc.common.rest;

import dev.genedata.hgnc.common.error.Excerpt;
import dev.genedata.hgnc.common.error.InvalidInputException;

/**
 * The {@code offset}/{@code limit} query parameters, taken as text and checked here so that a
 * malformed value is a 400 with a message (JAX-RS would answer 404 for a parameter it cannot convert).
 *
 * @param offset how many items to skip, 0 or more
 * @param limit how many items at most, or null for all
 */
public record Paging(int offset, Integer limit) {

    /**
     * Parses the two parameters.
     *
     * @throws InvalidInputException when either is not a whole number of 0 or more
     */
    public static Paging of(String offset, String limit) {
        Integer parsedOffset = parse("offset", offset);
        return new Paging(parsedOffset == null ? 0 : parsedOffset, parse("limit", limit));
    }

    private static Integer parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException(name + " must be a whole number from 0 to " + Integer.MAX_VALUE
                + "; got '" + Excerpt.of(value, 20) + "'");
    }
}
