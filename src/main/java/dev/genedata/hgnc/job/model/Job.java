package dev.genedata.hgnc.job.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * An analysis job as clients see it.
 *
 * @param id UUID
 * @param status queued, running, finished, failed or cancelled
 * @param analysis the analysis kind
 * @param params the normalized parameters (JSON object), defaults filled in
 * @param submitted when it was accepted
 * @param started when its last attempt started, or null
 * @param finished when it ended, or null
 * @param progress 0–100
 * @param attempts how many times a worker has started it
 * @param error why it failed, or null
 * @param links where its result and chart are
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Job(String id, String status, String analysis, @JsonRawValue String params, Instant submitted,
        Instant started, Instant finished, int progress, int attempts, String error, Links links) {

    /**
     * Where to find a job and what it produces.
     *
     * @param self the job
     * @param result its outcome as JSON
     * @param chart its chart as PNG
     */
    public record Links(String self, String result, String chart) {

        /** The links of the job with this id. */
        public static Links of(String id) {
            return new Links("/jobs/" + id, "/results/" + id, "/results/" + id + "/chart");
        }
    }
}
