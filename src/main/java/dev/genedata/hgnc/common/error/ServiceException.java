package dev.genedata.hgnc.common.error;

/**
 * The 400 that the job-parameter validators ({@code job.model}, {@code GeneFilter}) still throw through
 * {@link #badRequest}. It is an {@link InvalidInputException} and answers as one; it goes once they throw
 * that type themselves. Nothing else uses it ({@code ArchitectureTest} holds it there).
 */
public class ServiceException extends InvalidInputException {

    private ServiceException(String message) {
        super(message);
    }

    /** 400, as for every {@link InvalidInputException}; kept for the validators' tests. */
    public int status() {
        return 400;
    }

    /** 400: the request is malformed or names something that is not allowed. */
    public static ServiceException badRequest(String message) {
        return new ServiceException(message);
    }
}
