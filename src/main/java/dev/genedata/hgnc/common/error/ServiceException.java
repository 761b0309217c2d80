package dev.genedata.hgnc.common.error;

/**
 * What the job-parameter validators ({@code job.model}, {@code GeneFilter}) still throw, through {@link #badRequest}:
 * an {@link InvalidInputException}; it goes once they throw that. Nothing else uses it ({@code ArchitectureTest}).
 */
public class ServiceException extends InvalidInputException {

    private ServiceException(String message) {
        super(message);
    }

    /** 400, as for every {@link InvalidInputException}; kept for the validators' tests. */
    public int status() {
        return 400;
    }

    /** The request is malformed or names something that is not allowed. */
    public static ServiceException badRequest(String message) {
        return new ServiceException(message);
    }
}
