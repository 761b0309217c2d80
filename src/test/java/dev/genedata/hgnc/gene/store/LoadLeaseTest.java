package dev.genedata.hgnc.gene.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.common.error.ConcurrentChangeException;
import dev.genedata.hgnc.common.error.StateConflictException;
import dev.genedata.hgnc.support.RedisTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

/**
 * The load lock's lease and the time to live of a version being written, against a real Redis: a live load keeps
 * both past the lease (2 s in the test profile), every key it creates has the lease as its time to live from its
 * first write on, a second load meanwhile is refused, a load whose lock went is refused at the swap, and a load
 * deletes what no live load holds.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class LoadLeaseTest {

    private static final Duration LEASE = Duration.ofSeconds(2);
    private static final Duration WAIT = Duration.ofSeconds(5);
    /** More records than one batch of writes, so the record hash gets its first, expiring, write and plain ones. */
    private static final int RECORDS = 600;

    @Inject
    GeneSetWriter writer;

    @Inject
    Redis redis;

    @Test
    void aLiveLoadRenewsItsLockAndKeysPastTheLeaseAndCloseDeletesThem() {
        long version;
        try (PendingGeneSet pending = writer.begin()) {
            version = pending.version();
            writeSome(pending);
            String token = text(GeneKeys.LOAD_LOCK);
            List<String> keys = keysOf(version);
            assertThat(keys).containsExactlyInAnyOrder(GeneKeys.key(version, GeneKeys.GENES), GeneKeys.key(version, GeneKeys.IDS));
            assertThat(keys).allSatisfy(key -> assertThat(ttlMillis(key)).isBetween(1L, LEASE.toMillis()));
            assertThat(ttlMillis(GeneKeys.LOAD_LOCK)).isBetween(1L, LEASE.toMillis());
            assertThatThrownBy(writer::begin).as("a second load while this one lives")
                    .isInstanceOf(StateConflictException.class).hasMessageStartingWith("another load of the data set is in progress");

            await("the lock and the keys outlive two leases while the load lives").during(LEASE.multipliedBy(2))
                    .atMost(LEASE.multipliedBy(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> token.equals(text(GeneKeys.LOAD_LOCK)) && keysOf(version).size() == keys.size()
                            && keys.stream().allMatch(key -> ttlMillis(key) > 0));
        }
        assertThat(keysOf(version)).as("closed without a commit").isEmpty();
        assertThat(text(GeneKeys.LOAD_LOCK)).isNull();
    }

    @Test
    void aLoadWhoseLockWentIsRefusedAtTheSwapAndLeavesTheCurrentSet() {
        String current = text(GeneKeys.CURRENT);
        long version;
        try (PendingGeneSet pending = writer.begin()) {
            version = pending.version();
            writeSome(pending);
            // The lease ran out while the loader stalled, and another loader took the lock.
            send(Request.cmd(Command.SET).arg(GeneKeys.LOAD_LOCK).arg("another-load").arg("PX").arg(LEASE.toMillis()));
            assertThatThrownBy(() -> pending.commit("{}", "{}")).isInstanceOf(ConcurrentChangeException.class)
                    .hasMessageContaining("lost the load lock");
            assertThat(keysOf(version)).as("the refused swap made nothing permanent")
                    .allSatisfy(key -> assertThat(ttlMillis(key)).isBetween(1L, LEASE.toMillis()));
        }
        assertThat(keysOf(version)).isEmpty();
        assertThat(text(GeneKeys.CURRENT)).isEqualTo(current);
        assertThat(text(GeneKeys.LOAD_LOCK)).as("the other load's lock stays").isEqualTo("another-load");
        send(Request.cmd(Command.DEL).arg(GeneKeys.LOAD_LOCK));
    }

    @Test
    void aLoadDeletesTheKeysOfVersionsThatAreNeitherCurrentNorRetired() {
        String current = text(GeneKeys.CURRENT);
        // What a loader that lost its lease and then died could leave: keys without a time to live.
        long orphan = 900_100;
        send(Request.cmd(Command.HSET).arg(GeneKeys.key(orphan, GeneKeys.GENES)).arg("5").arg("{}"));
        send(Request.cmd(Command.SET).arg(GeneKeys.key(orphan, GeneKeys.IDS)).arg("5"));
        List<String> kept = current == null ? List.of() : keysOf(Long.parseLong(current));

        try (PendingGeneSet pending = writer.begin()) {
            assertThat(keysOf(orphan)).isEmpty();
            if (current != null) {
                assertThat(keysOf(Long.parseLong(current))).as("the current set").containsExactlyInAnyOrderElementsOf(kept);
            }
        }
    }

    /** Queues {@value #RECORDS} records and the id list, and waits for them to reach Redis. */
    private void writeSome(PendingGeneSet pending) {
        int[] ids = new int[RECORDS];
        for (int id = 1; id <= RECORDS; id++) {
            ids[id - 1] = id;
            pending.add(id, ("{\"hgnc_id\":\"HGNC:" + id + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        pending.addIds(ids);
        await("the writes reach Redis").atMost(WAIT)
                .until(() -> send(Request.cmd(Command.HLEN).arg(GeneKeys.key(pending.version(), GeneKeys.GENES))).toLong() == RECORDS
                        && keysOf(pending.version()).size() == 2);
    }

    private List<String> keysOf(long version) {
        List<String> keys = new ArrayList<>();
        send(Request.cmd(Command.KEYS).arg("hgnc:v" + version + ":*")).forEach(key -> keys.add(key.toString()));
        return keys;
    }

    private long ttlMillis(String key) {
        return send(Request.cmd(Command.PTTL).arg(key)).toLong();
    }

    private String text(String key) {
        Response value = send(Request.cmd(Command.GET).arg(key));
        return value == null ? null : value.toString();
    }

    private Response send(Request request) {
        return redis.send(request).await().atMost(WAIT);
    }
}
