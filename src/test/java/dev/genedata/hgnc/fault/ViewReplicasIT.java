package dev.genedata.hgnc.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.support.SampleData;

/**
 * Two API replicas on one Redis: a load through one is served by the other's read view within seconds, through
 * the versions channel, and also when the other missed the message (its subscription killed in Redis) through
 * the periodic version check; meanwhile the other answers lookups by id from Redis, never from a stale view.
 */
class ViewReplicasIT {

    private static final Duration FOLLOW = Duration.ofSeconds(15);
    private static final int SUBSET = 200;

    @RegisterExtension
    final FaultCluster cluster = new FaultCluster(Map.of("HGNC_VIEW_CHECK_EVERY", "1s"));

    @Test
    void aLoadThroughOneReplicaReachesTheOthersView(@TempDir Path dir) throws Exception {
        List<ObjectNode> all = SampleData.records();
        Path subsetFile = dir.resolve("subset.json");
        Files.write(subsetFile, new ObjectMapper().writeValueAsBytes(all.subList(0, SUBSET)));
        byte[] subset = Files.readAllBytes(subsetFile);
        RedisProcess redis = cluster.redis(dir.resolve("redis"));
        ServiceProcess loader = cluster.api("api-loader");
        ServiceProcess other = cluster.api("api-other");
        FaultCluster.awaitReady(loader, other);

        assertThat(new ApiCalls(loader).load(SampleData.bytes(SampleData.JSON))).isEqualTo(all.size());
        awaitSearchTotal(other, all.size());
        String lastId = all.get(all.size() - 1).path("hgnc_id").asText();
        assertThat(other.get("/genes/" + lastId).status()).isEqualTo(200);

        assertThat(new ApiCalls(loader).load(subset)).isEqualTo(SUBSET);
        awaitSearchTotal(other, SUBSET);
        assertThat(other.get("/genes/" + lastId).status()).as("a record only the replaced set had").isEqualTo(404);

        redis.call(0, "CLIENT", "KILL", "TYPE", "pubsub");
        assertThat(new ApiCalls(loader).load(SampleData.bytes(SampleData.JSON))).isEqualTo(all.size());
        awaitSearchTotal(other, all.size());
        assertThat(other.logText()).contains("Search view of data version 3 built: " + all.size() + " records");
    }

    private static void awaitSearchTotal(ServiceProcess api, int total) {
        ServiceProcess.awaitUntil(() -> {
            ServiceProcess.Answer answer = api.get("/search?limit=0");
            return answer.status() == 200 && answer.json().path("total").asInt() == total;
        }, FOLLOW, api.name() + " searches a set of " + total + " records");
    }
}
