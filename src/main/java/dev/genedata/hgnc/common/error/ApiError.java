package dev.genedata.hgnc.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every error answer.
 *
 * @param error what went wrong, and what is allowed where that helps
 * @param status the HTTP status code, repeated for clients that only see the body
 */
@Schema(name = "Error", description = "Every error answer has this shape.")
public record ApiError(
        @Schema(examples = "HGNC:99999999 is not in the loaded data set") String error,
        @Schema(examples = "404") int status) {
}
