package dev.genedata.hgnc.job.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.genedata.hgnc.redis.RedisScript;
import io.quarkus.redis.client.RedisClientName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;

/**
 * The job queue in Redis db 1, and the one owner of its key scheme. New ids go on the left of
 * {@value #PENDING}; a worker takes from the right by moving the id, in one atomic script, onto its
 * own list {@code queue:processing:{worker}} and taking a lease {@code queue:lease:{job}} that expires
 * unless renewed. A job whose lease expired belongs to a dead worker: any worker may put it back.
 */
@ApplicationScoped
public class JobQueue {

    static final String PENDING = "queue:pending";
    static final String WORKERS = "queue:workers";

    /**
     * Moves the oldest pending id to the worker's list and leases it, atomically.
     * {@code KEYS}: pending, processing, workers. {@code ARGV}: worker id, lease ms, lease key prefix.
     */
    private static final RedisScript TAKE = new RedisScript("""
            local id = redis.call('LMOVE', KEYS[1], KEYS[2], 'RIGHT', 'LEFT')
            if not id then return false end
            redis.call('SET', ARGV[3] .. id, ARGV[1], 'PX', ARGV[2])
            redis.call('SADD', KEYS[3], ARGV[1])
            return id
            """);

    /**
     * Puts a job of a dead worker back at the head of the queue, unless its lease is alive or another
     * worker already did. {@code KEYS}: processing, pending, lease. {@code ARGV}: job id, "1" to requeue.
     * Replies 1 when this call took the job off the dead worker's list.
     */
    private static final RedisScript REAP = new RedisScript("""
            if redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
            if redis.call('LREM', KEYS[1], 1, ARGV[1]) == 0 then return 0 end
            if ARGV[2] == '1' then redis.call('RPUSH', KEYS[2], ARGV[1]) end
            return 1
            """);

    /** Renews a lease only while this worker holds it. {@code KEYS}: lease. {@code ARGV}: worker, ms. */
    private static final RedisScript RENEW = new RedisScript("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return 0
            """);

    /** Removes from {@code KEYS[1]} the workers whose list ({@code ARGV[1]} + worker) is empty. */
    private static final RedisScript FORGET_IDLE = new RedisScript("""
            for _, worker in ipairs(redis.call('SMEMBERS', KEYS[1])) do
              if redis.call('LLEN', ARGV[1] .. worker) == 0 then redis.call('SREM', KEYS[1], worker) end
            end
            return 1
            """);

    private final Redis redis;

    JobQueue(@RedisClientName("queue") Redis redis) {
        this.redis = redis;
    }

    static String processing(String worker) {
        return "queue:processing:" + worker;
    }

    static String lease(String job) {
        return "queue:lease:" + job;
    }

    /** Queues a job id. */
    public Uni<Void> push(String id) {
        return redis.send(Request.cmd(Command.LPUSH).arg(PENDING).arg(id)).replaceWithVoid();
    }

    /** Takes the oldest job for this worker with a lease; a {@code null} item when the queue is empty. */
    public Uni<String> take(String worker, Duration lease) {
        return TAKE.run(redis, List.of(PENDING, processing(worker), WORKERS),
                List.of(worker, Long.toString(lease.toMillis()), "queue:lease:"))
                .map(reply -> reply == null ? null : reply.toString());
    }

    /** Extends the lease on a job this worker runs; false when the lease was lost. */
    public Uni<Boolean> renew(String worker, String job, Duration lease) {
        return RENEW.run(redis, List.of(lease(job)), List.of(worker, Long.toString(lease.toMillis())))
                .map(reply -> reply != null && reply.toLong() == 1);
    }

    /** Done with a job: off the worker's list, lease released. */
    public Uni<Void> ack(String worker, String job) {
        return redis.batch(List.of(
                Request.cmd(Command.LREM).arg(processing(worker)).arg(1).arg(job),
                Request.cmd(Command.DEL).arg(lease(job)))).replaceWithVoid();
    }

    /** Removes a queued job that was cancelled before any worker took it. */
    public Uni<Boolean> remove(String job) {
        return redis.send(Request.cmd(Command.LREM).arg(PENDING).arg(0).arg(job)).map(reply -> reply.toLong() > 0);
    }

    /** How many jobs wait. */
    public Uni<Long> depth() {
        return redis.send(Request.cmd(Command.LLEN).arg(PENDING)).map(reply -> reply.toLong());
    }

    /** Every job on some worker's list whose lease has expired, as (worker, job) pairs. */
    public Uni<List<Orphan>> orphans() {
        return redis.send(Request.cmd(Command.SMEMBERS).arg(WORKERS)).flatMap(workers -> {
            List<String> names = new ArrayList<>();
            workers.forEach(worker -> names.add(worker.toString()));
            if (names.isEmpty()) {
                return Uni.createFrom().item(List.<Orphan> of());
            }
            List<Request> lists = names.stream()
                    .map(worker -> Request.cmd(Command.LRANGE).arg(processing(worker)).arg(0).arg(-1)).toList();
            return redis.batch(lists).flatMap(replies -> {
                List<Orphan> candidates = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    String worker = names.get(i);
                    replies.get(i).forEach(job -> candidates.add(new Orphan(worker, job.toString())));
                }
                if (candidates.isEmpty()) {
                    return Uni.createFrom().item(List.<Orphan> of());
                }
                List<Request> leases = candidates.stream()
                        .map(orphan -> Request.cmd(Command.EXISTS).arg(lease(orphan.job()))).toList();
                return redis.batch(leases).map(alive -> {
                    List<Orphan> expired = new ArrayList<>();
                    for (int i = 0; i < candidates.size(); i++) {
                        if (alive.get(i).toLong() == 0) {
                            expired.add(candidates.get(i));
                        }
                    }
                    return expired;
                });
            });
        });
    }

    /**
     * Takes an orphan off its dead worker's list; puts it back in the queue when {@code requeue}.
     *
     * @return whether this call got it (another reaper may have been first, or the lease came back)
     */
    public Uni<Boolean> reap(Orphan orphan, boolean requeue) {
        return REAP.run(redis, List.of(processing(orphan.worker()), PENDING, lease(orphan.job())),
                List.of(orphan.job(), requeue ? "1" : "0")).map(reply -> reply != null && reply.toLong() == 1);
    }

    /**
     * Forgets every known worker whose list is empty, so the set of workers does not grow for ever; a
     * live worker adds itself again with its next job.
     */
    public Uni<Void> forgetIdleWorkers() {
        return FORGET_IDLE.run(redis, List.of(WORKERS), List.of("queue:processing:")).replaceWithVoid();
    }

    /** A job on a worker's list whose lease has expired. */
    public record Orphan(String worker, String job) {
    }
}
