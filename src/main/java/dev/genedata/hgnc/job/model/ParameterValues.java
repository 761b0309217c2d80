package dev.genedata.hgnc.job.model;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.genedata.hgnc.common.error.ServiceException;

/**
 * Reads one typed value out of a job request and says, in a 400, what was wrong with it. JSON
 * {@code null} counts as absent; numbers must be JSON integers (not strings, fractions or booleans).
 */
final class ParameterValues {

    /** The longest text value a request may carry. */
    static final int MAX_TEXT = 200;

    private ParameterValues() {
    }

    /** Whether the object has no value, or {@code null}, under {@code name}. */
    static boolean absent(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull();
    }

    /** The integer under {@code name}, {@code fallback} when absent. */
    static int integer(JsonNode object, String name, int min, int max, int fallback) {
        return absent(object, name) ? fallback : integer(object.get(name), name, min, max);
    }

    /** The value as an integer from {@code min} to {@code max}. */
    static int integer(JsonNode value, String name, int min, int max) {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            throw bad(name + " must be an integer from " + min + " to " + max + "; got " + shown(value));
        }
        return value.asInt();
    }

    /** The value as a trimmed, non-empty string of at most {@link #MAX_TEXT} characters. */
    static String text(JsonNode value, String name) {
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > MAX_TEXT) {
            throw bad(name + " must be a non-empty string of at most " + MAX_TEXT + " characters; got " + shown(value));
        }
        return value.asText().strip();
    }

    /** The string under {@code name}, one of {@code allowed}; null when absent and not required. */
    static String choice(JsonNode object, String name, List<String> allowed, boolean required) {
        if (absent(object, name)) {
            if (required) {
                throw bad(name + " is required: one of " + String.join(", ", allowed));
            }
            return null;
        }
        JsonNode value = object.get(name);
        if (!value.isTextual() || !allowed.contains(value.asText())) {
            throw bad(name + " must be one of " + String.join(", ", allowed) + "; got " + shown(value));
        }
        return value.asText();
    }

    /** A value as the client wrote it (strings quoted), cut to 40 characters. */
    static String shown(JsonNode value) {
        return abbreviate(value.toString());
    }

    /** Text cut to 40 characters, so that a message stays short whatever the client sent. */
    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** A 400 with this message. */
    static ServiceException bad(String message) {
        return ServiceException.badRequest(message);
    }
}
