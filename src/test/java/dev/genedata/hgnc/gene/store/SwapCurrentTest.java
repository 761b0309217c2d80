package dev.genedata.hgnc.gene.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.support.RedisTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

/**
 * The swap script over every sequence of loads and deletes: only the latest replaced version is kept, for
 * its time to live; the one before it goes at the next swap. Runs on versions numbered far above the ones
 * the route tests load, and puts {@code hgnc:current} back as it found it.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class SwapCurrentTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String GRACE = "60000";

    @Inject
    Redis redis;

    private Response current;
    private Response retired;

    @BeforeEach
    void keepPointers() {
        current = send(Request.cmd(Command.GET).arg(GeneKeys.CURRENT));
        retired = send(Request.cmd(Command.GET).arg(GeneKeys.RETIRED));
    }

    @AfterEach
    void restorePointers() {
        restore(GeneKeys.CURRENT, current);
        restore(GeneKeys.RETIRED, retired);
        Request unlink = Request.cmd(Command.UNLINK);
        for (long version = 900_001; version <= 900_006; version++) {
            for (String suffix : GeneKeys.suffixes()) {
                unlink.arg(GeneKeys.key(version, suffix));
            }
        }
        send(unlink);
    }

    @Test
    void loadsAndDeletesKeepOnlyTheLatestReplacedVersion() {
        send(Request.cmd(Command.SET).arg(GeneKeys.CURRENT).arg("900001"));
        send(Request.cmd(Command.DEL).arg(GeneKeys.RETIRED));
        for (long version = 900_001; version <= 900_005; version++) {
            store(version);
        }

        assertThat(swap("900002", GRACE)).isEqualTo("900001");
        assertThat(ttls(900_001)).allSatisfy(ttl -> assertThat(ttl).isBetween(1L, 60_000L));
        assertThat(ttls(900_002)).allSatisfy(ttl -> assertThat(ttl).isEqualTo(-1L));
        assertThat(text(GeneKeys.RETIRED)).isEqualTo("900001");

        assertThat(swap("900003", GRACE)).isEqualTo("900002");
        assertThat(ttls(900_001)).as("deleted at the next swap").containsOnly(-2L);
        assertThat(ttls(900_002)).allSatisfy(ttl -> assertThat(ttl).isPositive());

        assertThat(swap("", GRACE)).as("a delete retires the current version too").isEqualTo("900003");
        assertThat(text(GeneKeys.CURRENT)).isNull();
        assertThat(ttls(900_002)).containsOnly(-2L);
        assertThat(ttls(900_003)).allSatisfy(ttl -> assertThat(ttl).isPositive());
        assertThat(swap("", GRACE)).as("a second delete has nothing to retire").isNull();
        assertThat(ttls(900_003)).allSatisfy(ttl -> assertThat(ttl).isPositive());

        assertThat(swap("900004", GRACE)).as("a load after a delete replaces nothing").isNull();
        assertThat(ttls(900_003)).as("the deleted set keeps its grace").allSatisfy(ttl -> assertThat(ttl).isPositive());
        assertThat(swap("900005", GRACE)).isEqualTo("900004");
        assertThat(ttls(900_003)).containsOnly(-2L);
        assertThat(ttls(900_004)).allSatisfy(ttl -> assertThat(ttl).isPositive());
        assertThat(ttls(900_005)).allSatisfy(ttl -> assertThat(ttl).isEqualTo(-1L));
    }

    @Test
    void withoutAGraceTheReplacedVersionIsDeletedAtOnce() {
        send(Request.cmd(Command.SET).arg(GeneKeys.CURRENT).arg("900001"));
        send(Request.cmd(Command.SET).arg(GeneKeys.RETIRED).arg("900006"));
        store(900_001);
        store(900_006);

        assertThat(swap("900002", "0")).isEqualTo("900001");
        assertThat(ttls(900_001)).containsOnly(-2L);
        assertThat(ttls(900_006)).containsOnly(-2L);
        assertThat(text(GeneKeys.RETIRED)).isNull();
        assertThat(text(GeneKeys.CURRENT)).isEqualTo("900002");
    }

    /** Gives a version one key per suffix; its record hash holds {@code version % 10} records. */
    private void store(long version) {
        Request genes = Request.cmd(Command.HSET).arg(GeneKeys.key(version, GeneKeys.GENES));
        for (int id = 1; id <= version % 10; id++) {
            genes.arg(id).arg("{}");
        }
        send(genes);
        GeneKeys.suffixes().stream().filter(suffix -> !suffix.equals(GeneKeys.GENES))
                .forEach(suffix -> send(Request.cmd(Command.SET).arg(GeneKeys.key(version, suffix)).arg("x")));
    }

    private List<Long> ttls(long version) {
        List<Long> ttls = new ArrayList<>();
        GeneKeys.suffixes().forEach(suffix -> ttls.add(send(Request.cmd(Command.PTTL).arg(GeneKeys.key(version, suffix))).toLong()));
        return ttls;
    }

    private String swap(String version, String ttl) {
        List<String> args = new ArrayList<>(List.of(version, ttl, ""));
        args.addAll(GeneKeys.suffixes());
        Response old = GeneKeys.SWAP_CURRENT.run(redis, List.of(GeneKeys.CURRENT, GeneKeys.RETIRED, GeneKeys.LOAD_LOCK), args)
                .await().atMost(WAIT);
        if (old == null) {
            return null;
        }
        assertThat(old.get(1).toLong()).as("the records the replaced version held")
                .isEqualTo(Long.parseLong(old.get(0).toString()) % 10);
        return old.get(0).toString();
    }

    private String text(String key) {
        Response value = send(Request.cmd(Command.GET).arg(key));
        return value == null ? null : value.toString();
    }

    private void restore(String key, Response value) {
        send(value == null ? Request.cmd(Command.DEL).arg(key) : Request.cmd(Command.SET).arg(key).arg(value.toString()));
    }

    private Response send(Request request) {
        return redis.send(request).await().atMost(WAIT);
    }
}
