package dev.genedata.hgnc.job.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.genedata.hgnc.job.model.Job;
import dev.genedata.hgnc.job.model.JobStatus;
import dev.genedata.hgnc.redis.RedisScript;
import io.quarkus.redis.client.RedisClientName;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.sortedset.ReactiveSortedSetCommands;
import io.quarkus.redis.datasource.sortedset.ZRangeArgs;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;

/**
 * Jobs in Redis db 2, and the one owner of their key scheme and of the job hash's field names: a hash
 * {@code job:{id}} per job and a sorted set {@value #BY_SUBMITTED} of ids scored by submission time. Every
 * status change is a compare-and-set in one script, so an API cancel and a worker finish can never both win;
 * each change has a method of its own, so no caller names a field. A worker's claim tags the job with a run
 * token ({@link #claim}); the steps of that run ({@link #progress}, {@link #finish}, {@link #fail}) only apply
 * while the job still carries it, so a worker whose job was handed to another (its lease lapsed) cannot record
 * progress, finish or fail the other's run.
 *
 * <p>Every change also counts a revision in the hash and publishes the job, with that revision, on the channel
 * {@value #CHANGES}, in the same script: {@link #changes()} tells them in the order they were made, whoever made
 * them (a worker's claim, progress and end, an API's cancel, a reaper's requeue), and the revision orders them
 * against a {@link #snapshot} read.
 */
@ApplicationScoped
public class JobStore {

    private static final String BY_SUBMITTED = "jobs:by-submitted";
    /** The pub/sub channel every change of a job is published on, as the job hash's field/value pairs in JSON. */
    private static final String CHANGES = "jobs:changes";

    // The fields of the job hash ('status', 'run' and 'attempts' are named in TRANSITION too).
    private static final String ID = "id", ANALYSIS = "analysis", PARAMS = "params", STATUS = "status",
            SUBMITTED = "submitted", STARTED = "started", FINISHED = "finished", PROGRESS = "progress",
            ATTEMPTS = "attempts", ERROR = "error", WORKER = "worker", RUN = "run", REVISION = "rev";

    /**
     * {@code KEYS[1]} the job hash. {@code ARGV[1]} the statuses it may leave, comma-separated;
     * {@code ARGV[2]} a time to live in ms (0: none, -1: persist); {@code ARGV[3]} "1" to count an attempt;
     * {@code ARGV[4]} the run token the job must carry ("" for any); {@code ARGV[5..]} field/value pairs.
     * Replies 1 when it moved, else the current status (or false when the job is gone). A move counts a
     * revision ('rev') and publishes the whole hash on the changes channel.
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
            redis.call('HINCRBY', KEYS[1], 'rev', 1)
            redis.call('PUBLISH', '%s', cjson.encode(redis.call('HGETALL', KEYS[1])))
            return 1
            """.formatted(CHANGES));

    private final ReactiveRedisDataSource redis;
    private final ReactiveHashCommands<String, String, String> hashes;
    private final ReactiveSortedSetCommands<String, String> index;
    private final ReactiveKeyCommands<String> keys;

    JobStore(@RedisClientName("jobs") ReactiveRedisDataSource redis) {
        this.redis = redis;
        this.hashes = redis.hash(String.class);
        this.index = redis.sortedSet(String.class);
        this.keys = redis.key();
    }

    /** The key of a job's hash. */
    private static String key(String id) {
        return "job:" + id;
    }

    /** Saves a new queued job: its hash first, so that a listing never finds its id without it. */
    public Uni<Void> create(String id, String analysis, String paramsJson, Instant submitted) {
        Map<String, String> fields = Map.of(ID, id, ANALYSIS, analysis, PARAMS, paramsJson,
                STATUS, JobStatus.QUEUED.id(), SUBMITTED, submitted.toString(), PROGRESS, "0", ATTEMPTS, "0");
        return hashes.hset(key(id), fields)
                .chain(() -> index.zadd(BY_SUBMITTED, submitted.toEpochMilli(), id))
                .replaceWithVoid();
    }

    /** The job, or a {@code null} item when there is none with this id. */
    public Uni<Job> get(String id) {
        return hashes.hgetall(key(id)).map(JobStore::toJob);
    }

    /** The jobs with these ids, in that order; missing ones are left out. */
    public Uni<List<Job>> getAll(List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(ids.stream().map(this::get).toList()).andFailFast()
                .map(jobs -> jobs.stream().filter(Objects::nonNull).toList());
    }

    /** The job with its revision, or a {@code null} item when there is none with this id. */
    public Uni<Snapshot> snapshot(String id) {
        return hashes.hgetall(key(id)).map(JobStore::toSnapshot);
    }

    /**
     * Every change of any job from now on, as it is made, in the order made. Each subscription holds a
     * connection of its own; it fails or completes when Redis drops it, and what changed meanwhile is not told.
     */
    public Multi<Snapshot> changes() {
        return redis.pubsub(String.class).subscribe(CHANGES).map(JobStore::fromMessage);
    }

    /** Ids newest first, {@code count} of them from position {@code start}. */
    public Uni<List<String>> newestIds(long start, long count) {
        return index.zrange(BY_SUBMITTED, start, start + count - 1, new ZRangeArgs().rev());
    }

    /** Forgets index entries whose job has expired. */
    public Uni<Void> forget(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return index.zrem(BY_SUBMITTED, ids.toArray(String[]::new)).replaceWithVoid();
    }

    /**
     * A worker claims a queued job for one run: running, started now, the attempt counted, tagged with the
     * worker and the run's token, which the run's steps ({@link #progress}, {@link #finish}, {@link #fail}) name.
     *
     * @return moved when claimed; otherwise the status that refused it (running: a reaper queued it again and
     *         has not marked it queued yet), or none when the job is gone
     */
    public Uni<Move> claim(String id, String worker, String run) {
        return move(id, List.of(JobStatus.QUEUED), JobStatus.RUNNING,
                Map.of(STARTED, now(), PROGRESS, "0", WORKER, worker, RUN, run), true, null, "");
    }

    /**
     * A step of a run: records its progress (0–100), only while the job runs under it.
     *
     * @return moved when done; otherwise the status found: running when another run holds the job now, queued
     *         when a reaper queued it again, an end status, or none when the job is gone
     */
    public Uni<Move> progress(String id, String run, int percent) {
        return move(id, List.of(JobStatus.RUNNING), JobStatus.RUNNING, Map.of(PROGRESS, Integer.toString(percent)),
                false, null, run);
    }

    /** The last step of a run: finished now, at 100%, kept for {@code ttl}; the outcome as for {@link #progress}. */
    public Uni<Move> finish(String id, String run, Duration ttl) {
        return move(id, List.of(JobStatus.RUNNING), JobStatus.FINISHED, Map.of(FINISHED, now(), PROGRESS, "100"),
                false, ttl, run);
    }

    /** A run failed for {@code reason}, its error to clients; kept for {@code ttl}; the outcome as for {@link #progress}. */
    public Uni<Move> fail(String id, String run, String reason, Duration ttl) {
        return move(id, List.of(JobStatus.RUNNING), JobStatus.FAILED, ended(reason), false, ttl, run);
    }

    /** Cancels a queued or running job, whatever run holds it, kept for {@code ttl}; false when it had ended or is gone. */
    public Uni<Boolean> cancel(String id, String reason, Duration ttl) {
        return move(id, List.of(JobStatus.QUEUED, JobStatus.RUNNING), JobStatus.CANCELLED, ended(reason), false, ttl, "")
                .map(Move::moved);
    }

    /**
     * A reaper marks queued again, at 0%, a job it put back in the queue, if the job is still in {@code from},
     * the status it read; the outcome as for {@link #progress}.
     */
    public Uni<Move> requeue(String id, JobStatus from) {
        return move(id, List.of(from), JobStatus.QUEUED, Map.of(PROGRESS, "0"), false, null, "");
    }

    /** A reaper fails for good a job taken back too often, as {@link #requeue} but failed for {@code reason}. */
    public Uni<Move> giveUp(String id, JobStatus from, String reason, Duration ttl) {
        return move(id, List.of(from), JobStatus.FAILED, ended(reason), false, ttl, "");
    }

    private static String now() {
        return Instant.now().toString();
    }

    private static Map<String, String> ended(String error) {
        return Map.of(FINISHED, now(), ERROR, error);
    }

    /**
     * Moves a job from one of {@code from} to {@code to}, setting fields on the way, in one atomic step, and
     * tells the status the job was in when it did not move, read in that same step: a caller deciding what to do
     * next from it cannot be misled by a change made just after its attempt.
     *
     * @param countAttempt whether this move starts an attempt
     * @param ttl how long the job lives after the move (null: unchanged; zero or negative: for ever)
     * @param run the run token the job must carry; "" for any
     */
    private Uni<Move> move(String id, Collection<JobStatus> from, JobStatus to, Map<String, String> fields,
            boolean countAttempt, Duration ttl, String run) {
        List<String> args = new ArrayList<>(List.of(from.stream().map(JobStatus::id).collect(Collectors.joining(",")),
                ttl == null ? "0" : ttl.isZero() || ttl.isNegative() ? "-1" : Long.toString(ttl.toMillis()),
                countAttempt ? "1" : "0", run, STATUS, to.id()));
        fields.forEach((field, value) -> args.addAll(List.of(field, value)));
        return TRANSITION.run(redis, List.of(key(id)), args).map(reply -> {
            if (reply == null) {
                return new Move(false, null);
            }
            String text = reply.toString();
            return "1".equals(text) ? new Move(true, to) : new Move(false, JobStatus.of(text).orElse(null));
        });
    }

    /** Deletes a job. */
    public Uni<Void> delete(String id) {
        return keys.del(key(id)).chain(() -> index.zrem(BY_SUBMITTED, id)).replaceWithVoid();
    }

    private static Job toJob(Map<String, String> fields) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        String id = fields.get(ID);
        return new Job(id, fields.get(STATUS), fields.get(ANALYSIS), fields.get(PARAMS),
                instant(fields.get(SUBMITTED)), instant(fields.get(STARTED)), instant(fields.get(FINISHED)),
                Integer.parseInt(fields.getOrDefault(PROGRESS, "0")),
                Integer.parseInt(fields.getOrDefault(ATTEMPTS, "0")),
                fields.get(ERROR), Job.Links.of(id));
    }

    private static Snapshot toSnapshot(Map<String, String> fields) {
        Job job = toJob(fields);
        return job == null ? null : new Snapshot(job, Long.parseLong(fields.getOrDefault(REVISION, "0")));
    }

    /** A changes message: the hash's field/value pairs as one JSON array. */
    private static Snapshot fromMessage(String message) {
        JsonArray pairs = new JsonArray(message);
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            fields.put(pairs.getString(i), pairs.getString(i + 1));
        }
        return toSnapshot(fields);
    }

    private static Instant instant(String text) {
        return text == null || text.isEmpty() ? null : Instant.parse(text);
    }

    /**
     * The outcome of a status change.
     *
     * @param moved whether the job moved
     * @param status its status after the attempt: the target when it moved, the one that stopped it otherwise,
     *        null when the job is gone
     */
    public record Move(boolean moved, JobStatus status) {
    }

    /**
     * A job as it was at one revision.
     *
     * @param job the job as clients see it
     * @param revision how many changes it had been through: a later state of the same job has a higher one
     */
    public record Snapshot(Job job, long revision) {
    }
}
