package dev.genedata.hgnc.job.service;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.genedata.hgnc.common.error.InvalidInputException;
import dev.genedata.hgnc.common.error.UnknownResourceException;
import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.job.model.Job;
import dev.genedata.hgnc.job.model.JobStatus;
import dev.genedata.hgnc.job.store.JobStore;
import dev.genedata.hgnc.job.store.JobStore.Snapshot;
import dev.genedata.hgnc.redis.RedisFailures;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * The live states of jobs, for {@code GET /jobs/{id}/events} and the job page: each API replica listens once
 * to the channel every job change is published on ({@link JobStore#changes()}, fed by the workers' and the
 * API's own status changes) and hands each change to the streams open on that job; no stream polls. A stream
 * starts with the job's current state and ends after its final one. Should the channel drop (Redis
 * restarted), the replica listens again at the next check and reads the jobs of its open streams afresh, so
 * a change made meanwhile is not lost for good.
 */
@ApplicationScoped
public class JobEvents {

    private static final Logger LOG = Logger.getLogger(JobEvents.class);

    private final JobStore store;
    private final HgncConfig config;
    private final Map<String, Set<Follower>> followers = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private volatile Cancellable subscription;

    JobEvents(JobStore store, HgncConfig config, MeterRegistry registry) {
        this.store = store;
        this.config = config;
        Gauge.builder("hgnc.jobs.event.streams", open, AtomicInteger::get)
                .description("Job event streams open on this replica").register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (config.role().servesApi()) {
            listen();
        }
    }

    @PreDestroy
    void stop() {
        Cancellable listening = subscription;
        if (listening != null) {
            listening.cancel();
        }
    }

    /**
     * The states of one job from now until its end: its current state first, then one item per change of status
     * or progress, completing after the final state (at once when the job has already ended).
     *
     * @throws InvalidInputException when the id is not a UUID
     * @throws UnknownResourceException (as the stream's failure, before any item) when there is no such job
     */
    public Multi<Job> follow(String id) {
        String uuid = JobService.checkId(id);
        if (subscription == null) {
            listen();
        }
        return Multi.createFrom().emitter(emitter -> {
            Follower follower = new Follower(emitter);
            // Registered before the first read, so that no change between the two is missed.
            followers.computeIfAbsent(uuid, key -> ConcurrentHashMap.newKeySet()).add(follower);
            open.incrementAndGet();
            emitter.onTermination(() -> {
                open.decrementAndGet();
                followers.computeIfPresent(uuid, (key, set) -> set.remove(follower) && set.isEmpty() ? null : set);
            });
            store.snapshot(uuid).subscribe().with(snapshot -> {
                if (snapshot == null) {
                    emitter.fail(JobService.notFound(uuid));
                } else {
                    follower.offer(snapshot);
                }
            }, emitter::fail);
        });
    }

    /** Listens again if the channel dropped, then reads the jobs of the open streams afresh. */
    @Scheduled(every = "{hgnc.jobs.events-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        if (config.role().servesApi() && subscription == null) {
            listen();
            followers.keySet().forEach(this::reread);
        }
    }

    private void reread(String id) {
        store.snapshot(id).subscribe().with(snapshot -> {
            if (snapshot != null) {
                tell(snapshot);
            }
        }, failure -> LOG.debugf("Job %s not read again (%s)", id, RedisFailures.reason(failure)));
    }

    private synchronized void listen() {
        if (subscription != null) {
            return;
        }
        subscription = store.changes().subscribe().with(this::tell,
                failure -> {
                    LOG.debugf("Job changes channel dropped (%s); listening again at the next check",
                            RedisFailures.reason(failure));
                    subscription = null;
                },
                () -> subscription = null);
    }

    private void tell(Snapshot snapshot) {
        Set<Follower> following = followers.get(snapshot.job().id());
        if (following != null) {
            following.forEach(follower -> follower.offer(snapshot));
        }
    }

    /** One open stream: passes on the states newer than the last it passed on, and ends after a final one. */
    private static final class Follower {

        private final MultiEmitter<? super Job> emitter;
        private long revision = -1;

        Follower(MultiEmitter<? super Job> emitter) {
            this.emitter = emitter;
        }

        synchronized void offer(Snapshot snapshot) {
            if (snapshot.revision() <= revision || emitter.isCancelled()) {
                return;
            }
            revision = snapshot.revision();
            emitter.emit(snapshot.job());
            if (JobStatus.of(snapshot.job().status()).map(JobStatus::isFinal).orElse(false)) {
                emitter.complete();
            }
        }
    }
}
