package dev.genedata.hgnc.job.store;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import dev.genedata.hgnc.redis.RedisScript;
import io.quarkus.redis.client.RedisClientName;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.list.Position;
import io.quarkus.redis.datasource.list.ReactiveListCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;

/**
 * The job queue in Redis db 1, and the one owner of its key scheme. New ids go on the left of
 * {@value #PENDING}; a worker takes from the right with {@code BLMOVE}, which moves the id atomically
 * onto the worker's own list {@code queue:processing:{worker}}. Every worker holds a lease
 * {@code queue:lease:{worker}} that it renews while it lives; the jobs on the list of a worker whose
 * lease has expired are orphans, and any worker may put them back. Orphans are found from the lists
 * themselves (Redis keeps no empty list), not from a registry of workers that a list could outlive.
 */
@ApplicationScoped
public class JobQueue {

    private static final String PENDING = "queue:pending";
    private static final String PROCESSING = "queue:processing:";
    private static final String LEASE = "queue:lease:";

    /**
     * Moves a job from a worker's list back to the head of the queue — unless another call was first, or, when
     * {@code ARGV[2]} is "1" (a reaper, for a dead worker), the worker's lease is alive again. {@code KEYS}:
     * processing list, pending, the worker's lease. {@code ARGV}: job id, lease check flag. Replies 1 when this
     * call moved the job.
     */
    private static final RedisScript TAKE_BACK = new RedisScript("""
            if ARGV[2] == '1' and redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
            if redis.call('LREM', KEYS[1], 1, ARGV[1]) == 0 then return 0 end
            redis.call('RPUSH', KEYS[2], ARGV[1])
            return 1
            """);

    /**
     * Every job on the list of a worker without a lease, as a flat array of worker, job pairs. Scans db 1 for
     * the lists, which holds only the queue's few keys. {@code ARGV}: list prefix, lease prefix.
     */
    private static final RedisScript ORPHANS = new RedisScript("""
            local orphans = {}
            local cursor = '0'
            repeat
              local page = redis.call('SCAN', cursor, 'MATCH', ARGV[1] .. '*', 'COUNT', 1000)
              cursor = page[1]
              for _, list in ipairs(page[2]) do
                local worker = string.sub(list, #ARGV[1] + 1)
                if redis.call('EXISTS', ARGV[2] .. worker) == 0 then
                  for _, job in ipairs(redis.call('LRANGE', list, 0, -1)) do
                    table.insert(orphans, worker)
                    table.insert(orphans, job)
                  end
                end
              end
            until cursor == '0'
            return orphans
            """);

    private final ReactiveRedisDataSource redis;
    private final ReactiveListCommands<String, String> lists;
    private final ReactiveValueCommands<String, String> leases;

    JobQueue(@RedisClientName("queue") ReactiveRedisDataSource redis) {
        this.redis = redis;
        this.lists = redis.list(String.class);
        this.leases = redis.value(String.class);
    }

    private static String processing(String worker) {
        return PROCESSING + worker;
    }

    private static String lease(String worker) {
        return LEASE + worker;
    }

    /** Queues a job id. */
    public Uni<Void> push(String id) {
        return lists.lpush(PENDING, id).replaceWithVoid();
    }

    /** Renews the worker's lease; call it before {@link #take} and then more often than {@code lease}. */
    public Uni<Void> heartbeat(String worker, Duration lease) {
        return leases.set(lease(worker), "1", new SetArgs().px(lease));
    }

    /**
     * Waits up to {@code wait} for the oldest job and moves it onto the worker's list.
     *
     * @return the job id; a {@code null} item when none came
     */
    public Uni<String> take(String worker, Duration wait) {
        Duration atLeast = wait.toMillis() < 1 ? Duration.ofMillis(1) : wait; // BLMOVE waits for ever on 0
        return lists.blmove(PENDING, processing(worker), Position.RIGHT, Position.LEFT, atLeast);
    }

    /** Done with a job: off the worker's list. */
    public Uni<Void> ack(String worker, String job) {
        return lists.lrem(processing(worker), 1, job).replaceWithVoid();
    }

    /** Removes a queued job that was cancelled before any worker took it. */
    public Uni<Boolean> remove(String job) {
        return lists.lrem(PENDING, 0, job).map(removed -> removed > 0);
    }

    /** How many jobs wait. */
    public Uni<Long> depth() {
        return lists.llen(PENDING);
    }

    /** Every job on the list of a worker whose lease has expired (or that never had one), as (worker, job) pairs. */
    public Uni<List<Orphan>> orphans() {
        return ORPHANS.run(redis, List.of(), List.of(PROCESSING, LEASE)).map(pairs -> IntStream
                .iterate(0, i -> i + 1 < pairs.size(), i -> i + 2)
                .mapToObj(i -> new Orphan(pairs.get(i).toString(), pairs.get(i + 1).toString())).toList());
    }

    /**
     * Puts an orphan back at the head of the queue, off its dead worker's list.
     *
     * @return whether this call moved it (another reaper may have been first, or the worker came back)
     */
    public Uni<Boolean> reap(Orphan orphan) {
        return takeBack(orphan, true);
    }

    /**
     * A living worker puts back at the head of the queue a job of its own list that none of its threads runs
     * (a Redis failure interrupted it, or a reaper queued it again while it ran).
     *
     * @return whether this call moved it (a reaper may have been first while the worker's lease had lapsed)
     */
    public Uni<Boolean> release(Orphan held) {
        return takeBack(held, false);
    }

    private Uni<Boolean> takeBack(Orphan job, boolean onlyIfLeaseExpired) {
        return TAKE_BACK.run(redis, List.of(processing(job.worker()), PENDING, lease(job.worker())),
                List.of(job.job(), onlyIfLeaseExpired ? "1" : "0"))
                .map(reply -> reply != null && reply.toLong() == 1);
    }

    /** The jobs on a worker's own list: those it took and has not acknowledged. */
    public Uni<List<String>> held(String worker) {
        return lists.lrange(processing(worker), 0, -1);
    }

    /** A job on a worker's list: one whose lease has expired (an orphan), or one the worker gives back. */
    public record Orphan(String worker, String job) {
    }
}
