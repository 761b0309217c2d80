package dev.genedata.hgnc.worker;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What an operator needs to see of the workers at {@code /q/metrics}: jobs in flight, jobs finished,
 * failed, reaped and cancelled per analysis kind, and how long jobs take.
 */
@ApplicationScoped
public class WorkerMetrics {

    private final MeterRegistry registry;
    private final AtomicInteger inFlight;

    WorkerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.inFlight = registry.gauge("hgnc.jobs.in.flight", new AtomicInteger());
    }

    /** A job started running here. */
    public void started() {
        inFlight.incrementAndGet();
    }

    /** A job stopped running here, whatever the outcome. */
    public void stopped() {
        inFlight.decrementAndGet();
    }

    /** Jobs running in this process now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** A job finished; {@code took} is its run time. */
    public void finished(String analysis, Duration took) {
        count("hgnc.jobs.finished", analysis);
        Timer.builder("hgnc.job.duration")
                .description("Run time of finished jobs")
                .tag("analysis", analysis)
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
    }

    /** A job failed for good. */
    public void failed(String analysis) {
        count("hgnc.jobs.failed", analysis);
    }

    /** A job of a dead worker was taken back. */
    public void reaped(String analysis) {
        count("hgnc.jobs.reaped", analysis);
    }

    /** A running job stopped because it was cancelled. */
    public void cancelled(String analysis) {
        count("hgnc.jobs.cancelled", analysis);
    }

    private void count(String name, String analysis) {
        Counter.builder(name).tag("analysis", analysis == null ? "unknown" : analysis).register(registry).increment();
    }
}
