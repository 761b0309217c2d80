package dev.genedata.hgnc.job.service;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.gene.store.GeneStore;
import dev.genedata.hgnc.job.store.JobQueue;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Gauges every role exposes at {@code /q/metrics}: how many jobs wait in the queue (what worker
 * autoscaling keys on) and how many records the loaded set has. Read from Redis every few seconds,
 * never on the scrape itself.
 */
@ApplicationScoped
public class QueueGauges {

    private final JobQueue queue;
    private final GeneStore genes;
    private final ObjectMapper mapper;
    private final AtomicLong depth;
    private final AtomicLong records;
    private final Duration timeout;

    QueueGauges(JobQueue queue, GeneStore genes, ObjectMapper mapper, MeterRegistry registry, HgncConfig config) {
        this.queue = queue;
        this.genes = genes;
        this.mapper = mapper;
        this.timeout = config.redis().timeout();
        this.depth = new AtomicLong();
        this.records = new AtomicLong();
        Gauge.builder("hgnc.queue.depth", depth, AtomicLong::get)
                .description("Jobs waiting in the queue for a worker").register(registry);
        Gauge.builder("hgnc.dataset.records", records, AtomicLong::get)
                .description("Records in the loaded HGNC set (0 when none is loaded)").register(registry);
    }

    /** Reads both values; a Redis outage leaves the last values in place. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        try {
            depth.set(queue.depth().await().atMost(timeout));
            String info = genes.info().await().atMost(timeout);
            records.set(info == null ? 0 : mapper.readTree(info).path("records").asLong());
        } catch (Exception e) {
            // Redis unavailable: the readiness check reports it; the gauges keep their last values.
        }
    }
}
