package dev.genedata.hgnc.worker;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import dev.genedata.hgnc.job.model.AnalysisKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;

/**
 * What an operator needs to see of the workers at {@code /q/metrics}: jobs in flight, jobs finished,
 * failed, reaped and cancelled per analysis kind, and how long jobs take. The counters of every kind are
 * registered at start with 0, so a rate or an alert works before the first job.
 */
@ApplicationScoped
@Startup
public class WorkerMetrics {

    private static final String FINISHED = "hgnc.jobs.finished";
    private static final String FAILED = "hgnc.jobs.failed";
    private static final String REAPED = "hgnc.jobs.reaped";
    private static final String CANCELLED = "hgnc.jobs.cancelled";
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            FINISHED, "Jobs finished by this worker",
            FAILED, "Jobs failed for good (analysis error or attempts used up)",
            REAPED, "Jobs of dead workers put back on the queue or failed by this worker",
            CANCELLED, "Running jobs stopped here because they were cancelled");

    private final MeterRegistry registry;
    private final AtomicInteger inFlight;

    WorkerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.inFlight = new AtomicInteger();
        Gauge.builder("hgnc.jobs.in.flight", inFlight, AtomicInteger::get)
                .description("Jobs running in this process now")
                .register(registry);
        for (AnalysisKind kind : AnalysisKind.values()) {
            DESCRIPTIONS.keySet().forEach(name -> counter(name, kind.id()));
            duration(kind.id());
        }
    }

    /** A job started running here. */
    public void started() {
        inFlight.incrementAndGet();
    }

    /** A job stopped running here, whatever the outcome. */
    public void stopped() {
        inFlight.decrementAndGet();
    }

    /** A job finished; {@code took} is its run time. */
    public void finished(String analysis, Duration took) {
        count(FINISHED, analysis);
        duration(analysis).record(took);
    }

    /** A job failed for good. */
    public void failed(String analysis) {
        count(FAILED, analysis);
    }

    /** A job of a dead worker was taken back. */
    public void reaped(String analysis) {
        count(REAPED, analysis);
    }

    /** A running job stopped because it was cancelled. */
    public void cancelled(String analysis) {
        count(CANCELLED, analysis);
    }

    private void count(String name, String analysis) {
        counter(name, analysis == null ? "unknown" : analysis).increment();
    }

    private Timer duration(String analysis) {
        return Timer.builder("hgnc.job.duration")
                .description("Run time of finished jobs")
                .tag("analysis", analysis)
                .publishPercentileHistogram()
                .register(registry);
    }

    private Counter counter(String name, String analysis) {
        return Counter.builder(name).description(DESCRIPTIONS.get(name)).tag("analysis", analysis).register(registry);
    }
}
