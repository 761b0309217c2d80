package dev.genedata.hgnc.common.error;

/**
 * A failure the client should hear about: it carries the HTTP status and a message that says what
 * went wrong and what is allowed. {@link ErrorMapper} turns it into {@code {"error": ..., "status": ...}}.
 */
public class ServiceException extends RuntimeException {

    private final int status;

    /**
     * @param status the HTTP status code the client gets
     * @param message what went wrong, in words meant for the client
     */
    public ServiceException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /**
     * @param status the HTTP status code the client gets
     * @param message what went wrong, in words meant for the client
     * @param cause the underlying failure, kept for the logs
     */
    public ServiceException(int status, String message, Throwable cause) {
        super(message, cause, false, false);
        this.status = status;
    }

    /** The HTTP status code the client gets. */
    public int status() {
        return status;
    }

    /** 400: the request is malformed or names something that is not allowed. */
    public static ServiceException badRequest(String message) {
        return new ServiceException(400, message);
    }

    /** 404: the thing asked for does not exist. */
    public static ServiceException notFound(String message) {
        return new ServiceException(404, message);
    }

    /** 409: the request conflicts with the current state. */
    public static ServiceException conflict(String message) {
        return new ServiceException(409, message);
    }
}
