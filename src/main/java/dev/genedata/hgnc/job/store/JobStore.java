package dev.genedata.hgnc.job.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.genedata.hgnc.job.model.Job;
import dev.genedata.hgnc.job.model.JobStatus;
import dev.genedata.hgnc.redis.RedisScript;
import io.quarkus.redis.client.RedisClientName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

/**
 * Jobs in Redis db 2, and the one owner of their key scheme: a hash {@code job:{id}} per job and a
 * sorted set {@value #BY_SUBMITTED} of ids scored by submission time. Every status change is a
 * compare-and-set in one script, so an API cancel and a worker finish can never both win. A worker's claim
 * tags the job with a run token ({@link #claim}); the steps of that run ({@link #step}) only apply while the
 * job still carries it, so a worker whose job was handed to another (its lease lapsed) cannot record progress,
 * finish or fail the other's run.
 */
@ApplicationScoped
public class JobStore {

    private static final String BY_SUBMITTED = "jobs:by-submitted";
    private static final String RUN = "run";

    /**
     * {@code KEYS[1]} the job hash. {@code ARGV[1]} the statuses it may leave, comma-separated;
     * {@code ARGV[2]} a time to live in ms (0: none, -1: persist); {@code ARGV[3]} "1" to count an attempt;
     * {@code ARGV[4]} the run token the job must carry ("" for any); {@code ARGV[5..]} field/value pairs.
     * Replies 1 when it moved, else the current status (or false when the job is gone).
     */
    private static final RedisScript TRANSITION = new RedisScript("""
            local current = redis.call('HGET', KEYS[1], 'status')
            if not current then return false end
            local allowed = false
            for status in string.gmatch(ARGV[1], '[^,]+') do
              if status == current then allowed = true end
            end
            if not allowed then return current end
            if ARGV[4] ~= '' and redis.call('HGET', KEYS[1], 'run') ~= ARGV[4] then return current end
            if #ARGV > 4 then redis.call('HSET', KEYS[1], unpack(ARGV, 5)) end
            if ARGV[3] == '1' then redis.call('HINCRBY', KEYS[1], 'attempts', 1) end
            local ttl = tonumber(ARGV[2])
            if ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) elseif ttl < 0 then redis.call('PERSIST', KEYS[1]) end
            return 1
            """);

    private final Redis redis;

    JobStore(@RedisClientName("jobs") Redis redis) {
        this.redis = redis;
    }

    /** The key of a job's hash. */
    private static String key(String id) {
        return "job:" + id;
    }

    /** Saves a new queued job. */
    public Uni<Void> create(String id, String analysis, String paramsJson, Instant submitted) {
        Request hset = Request.cmd(Command.HSET).arg(key(id))
                .arg("id").arg(id)
                .arg("analysis").arg(analysis)
                .arg("params").arg(paramsJson)
                .arg("status").arg(JobStatus.QUEUED.id())
                .arg("submitted").arg(submitted.toString())
                .arg("progress").arg(0)
                .arg("attempts").arg(0);
        Request index = Request.cmd(Command.ZADD).arg(BY_SUBMITTED).arg(submitted.toEpochMilli()).arg(id);
        return redis.batch(List.of(hset, index)).replaceWithVoid();
    }

    /** The job, or a {@code null} item when there is none with this id. */
    public Uni<Job> get(String id) {
        return redis.send(Request.cmd(Command.HGETALL).arg(key(id))).map(JobStore::toJob);
    }

    /** The jobs with these ids, in that order; missing ones are left out. */
    public Uni<List<Job>> getAll(List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Request> requests = ids.stream().map(id -> Request.cmd(Command.HGETALL).arg(key(id))).toList();
        return redis.batch(requests).map(responses -> {
            List<Job> jobs = new ArrayList<>(responses.size());
            responses.forEach(response -> {
                Job job = toJob(response);
                if (job != null) {
                    jobs.add(job);
                }
            });
            return jobs;
        });
    }

    /** Ids newest first, {@code count} of them from position {@code start}. */
    public Uni<List<String>> newestIds(long start, long count) {
        return redis.send(Request.cmd(Command.ZRANGE).arg(BY_SUBMITTED).arg(start).arg(start + count - 1).arg("REV"))
                .map(response -> {
                    List<String> ids = new ArrayList<>(response.size());
                    response.forEach(id -> ids.add(id.toString()));
                    return ids;
                });
    }

    /** Forgets index entries whose job has expired. */
    public Uni<Void> forget(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Request zrem = Request.cmd(Command.ZREM).arg(BY_SUBMITTED);
        ids.forEach(zrem::arg);
        return redis.send(zrem).replaceWithVoid();
    }

    /**
     * Moves a job from one of {@code from} to {@code to}, setting fields on the way, in one atomic step.
     *
     * @param countAttempt whether this move starts an attempt
     * @param ttl how long the job lives after the move (null: unchanged; zero or negative: for ever)
     * @return whether it moved; false when the job is missing or in another status
     */
    public Uni<Boolean> transition(String id, Collection<JobStatus> from, JobStatus to, Map<String, String> fields,
            boolean countAttempt, Duration ttl) {
        return move(id, from, to, fields, countAttempt, ttl).map(Move::moved);
    }

    /**
     * As {@link #transition}, and tells the status the job was in when it did not move, read in the same atomic
     * step: a caller deciding what to do next from it cannot be misled by a change made just after its attempt.
     *
     * @return the outcome; its status is {@code to} when the job moved, null when the job is gone
     */
    public Uni<Move> move(String id, Collection<JobStatus> from, JobStatus to, Map<String, String> fields,
            boolean countAttempt, Duration ttl) {
        return move(id, from, to, fields, countAttempt, ttl, "");
    }

    /**
     * A worker claims a queued job for one run: running, started now, the attempt counted, tagged with the
     * worker and the run's token.
     *
     * @param run a token unique to this run, which its {@link #step}s name
     * @return moved when claimed; otherwise the status that refused it (running: a reaper queued it again and
     *         has not marked it queued yet), or none when the job is gone
     */
    public Uni<Move> claim(String id, String worker, String run) {
        return move(id, List.of(JobStatus.QUEUED), JobStatus.RUNNING,
                Map.of("started", Instant.now().toString(), "progress", "0", "worker", worker, RUN, run), true, null, "");
    }

    /**
     * A step of a run: moves the running job to {@code to} (running again for progress), only while the job
     * carries this run's token.
     *
     * @return moved when done; otherwise the status found: running when another run holds the job now, queued
     *         when a reaper queued it again, an end status, or none when the job is gone
     */
    public Uni<Move> step(String id, String run, JobStatus to, Map<String, String> fields, Duration ttl) {
        return move(id, List.of(JobStatus.RUNNING), to, fields, false, ttl, run);
    }

    private Uni<Move> move(String id, Collection<JobStatus> from, JobStatus to, Map<String, String> fields,
            boolean countAttempt, Duration ttl, String run) {
        List<String> args = new ArrayList<>();
        args.add(from.stream().map(JobStatus::id).collect(Collectors.joining(",")));
        args.add(ttl == null ? "0" : ttl.isZero() || ttl.isNegative() ? "-1" : Long.toString(ttl.toMillis()));
        args.add(countAttempt ? "1" : "0");
        args.add(run);
        args.add("status");
        args.add(to.id());
        fields.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        return TRANSITION.run(redis, List.of(key(id)), args).map(reply -> {
            if (reply == null) {
                return new Move(false, null);
            }
            String text = reply.toString();
            return "1".equals(text) ? new Move(true, to) : new Move(false, JobStatus.of(text).orElse(null));
        });
    }

    /**
     * Records progress (0–100) of a run, in the same step as checking that the job still runs under it.
     *
     * @return as {@link #step}
     */
    public Uni<Move> progress(String id, String run, int percent) {
        return step(id, run, JobStatus.RUNNING, Map.of("progress", Integer.toString(percent)), null);
    }

    /** Deletes a job. */
    public Uni<Void> delete(String id) {
        return redis.batch(List.of(
                Request.cmd(Command.DEL).arg(key(id)),
                Request.cmd(Command.ZREM).arg(BY_SUBMITTED).arg(id))).replaceWithVoid();
    }

    private static Job toJob(Response hash) {
        if (hash == null || hash.size() == 0) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        for (String field : hash.getKeys()) {
            fields.put(field, hash.get(field).toString());
        }
        String id = fields.get("id");
        return new Job(id, fields.get("status"), fields.get("analysis"), fields.get("params"),
                instant(fields.get("submitted")), instant(fields.get("started")), instant(fields.get("finished")),
                Integer.parseInt(fields.getOrDefault("progress", "0")),
                Integer.parseInt(fields.getOrDefault("attempts", "0")),
                fields.get("error"), Job.Links.of(id));
    }

    private static Instant instant(String text) {
        return text == null || text.isEmpty() ? null : Instant.parse(text);
    }

    /**
     * The outcome of {@link #move}.
     *
     * @param moved whether the job moved
     * @param status its status after the attempt: the target when it moved, the one that stopped it otherwise,
     *        null when the job is gone
     */
    public record Move(boolean moved, JobStatus status) {
    }
}
