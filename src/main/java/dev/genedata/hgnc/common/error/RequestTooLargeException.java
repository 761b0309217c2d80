package dev.genedata.hgnc.common.error;

/** A request asks for more than one request may, such as too many inputs to resolve (a 413). */
public class RequestTooLargeException extends DomainException {

    /** @param message what the limit is, and what to do instead */
    public RequestTooLargeException(String message) {
        super(message, null);
    }
}
