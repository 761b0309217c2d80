package dev.genedata.hgnc.job.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a job is in its life: queued → running → finished, failed or cancelled. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    FINISHED,
    FAILED,
    CANCELLED;

    /** The status as it appears in JSON and in Redis. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the job will not change any more. */
    public boolean isFinal() {
        return this == FINISHED || this == FAILED || this == CANCELLED;
    }

    /** The id of a job's status as messages tell it: "gone" for a job that no longer exists (null). */
    public static String describe(JobStatus status) {
        return status == null ? "gone" : status.id();
    }

    /** The status with this id, ignoring case. */
    public static Optional<JobStatus> of(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }
}
