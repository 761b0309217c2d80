package dev.genedata.hgnc.common.error;

/** What a client sent, cut short for an error message, so that the message reads well whatever was sent. */
public final class Excerpt {

    private Excerpt() {
    }

    /** The text cut to 40 characters, with "…" where it was cut; "" for null. */
    public static String of(String text) {
        return of(text, 40);
    }

    /** The text cut to {@code length} characters, with "…" where it was cut; "" for null. */
    public static String of(String text, int length) {
        String value = text == null ? "" : text;
        return value.length() > length ? value.substring(0, length) + "…" : value;
    }
}
