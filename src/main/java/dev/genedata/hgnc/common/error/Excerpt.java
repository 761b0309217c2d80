package dev.genedata.hgnc.common.error;

/**
 * What a client sent, cut short for an error message: the message names the value it refuses and still
 * reads as a sentence, whatever the client sent.
 */
public final class Excerpt {

    /** How many characters of a value most messages show. */
    public static final int LENGTH = 40;

    private Excerpt() {
    }

    /** The text cut to {@value #LENGTH} characters, with "…" where it was cut; "" for null. */
    public static String of(String text) {
        return of(text, LENGTH);
    }

    /** The text cut to {@code length} characters, with "…" where it was cut; "" for null. */
    public static String of(String text, int length) {
        String value = text == null ? "" : text;
        return value.length() > length ? value.substring(0, length) + "…" : value;
    }
}
