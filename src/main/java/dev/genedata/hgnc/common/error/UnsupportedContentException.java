package dev.genedata.hgnc.common.error;

/** A request body of a media type or charset the route does not read (a 415). */
public class UnsupportedContentException extends DomainException {

    /** @param message what was sent, and what the route reads */
    public UnsupportedContentException(String message) {
        super(message, null);
    }
}
