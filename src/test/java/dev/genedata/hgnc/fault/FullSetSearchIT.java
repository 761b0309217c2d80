package dev.genedata.hgnc.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.gene.model.Chromosomes;

/**
 * {@code GET /search} on HGNC's full set in a real API process, against answers worked out from the data file
 * with Jackson: an approved symbol ranks first, a symbol wildcard finds every match with its facet counts, and the
 * filters narrow the hits. Skipped when the full set is not beside the project ({@code ../shared/data}).
 */
class FullSetSearchIT {

    private static final Path FULL_SET = ApiCalls.FULL_SET_JSON;

    @RegisterExtension
    final FaultCluster cluster = new FaultCluster(Map.of());

    @Test
    void searchesTheFullSetAsTheFileSays(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isRegularFile(FULL_SET), "the full set is not at " + FULL_SET.toAbsolutePath());
        List<JsonNode> genes = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(FULL_SET))) {
            new ObjectMapper().readTree(in).path("response").path("docs").forEach(genes::add);
        }
        cluster.redis(dir.resolve("redis"));
        ServiceProcess api = cluster.api("api");
        FaultCluster.awaitReady(api);
        assertThat(new ApiCalls(api).load(Files.readAllBytes(FULL_SET))).isEqualTo(genes.size());
        ServiceProcess.awaitUntil(() -> api.get("/search?limit=0").json().path("total").asInt() == genes.size(),
                Duration.ofSeconds(60), "the view of the full set serves searches");

        JsonNode brca1 = api.get("/search?q=BRCA1").json();
        assertThat(brca1.path("hits").path(0).path("symbol").asText()).isEqualTo("BRCA1");
        assertThat(brca1.path("hits").path(0).path("hgnc_id").asText()).isEqualTo("HGNC:1100");

        List<JsonNode> znf = genes.stream()
                .filter(g -> g.path("symbol").asText().toUpperCase(Locale.ROOT).startsWith("ZNF")).toList();
        Map<String, Integer> types = new TreeMap<>();
        znf.forEach(g -> types.merge(g.path("locus_type").asText(), 1, Integer::sum));
        JsonNode wildcard = api.get("/search?q=symbol:ZNF*&facets=locus_type&limit=0").json();
        assertThat(wildcard.path("total").asInt()).isEqualTo(znf.size());
        Map<String, Integer> counted = new TreeMap<>();
        wildcard.path("facets").path("locus_type").fields().forEachRemaining(e -> counted.put(e.getKey(), e.getValue().asInt()));
        assertThat(counted).isEqualTo(types);

        long onMtCoding = genes.stream()
                .filter(g -> Chromosomes.fromLocation(g.path("location").asText(null)).contains("MT"))
                .filter(g -> g.path("locus_type").asText().equals("gene with protein product")).count();
        JsonNode mt = api.get("/search?chromosome=MT&locus_type=gene%20with%20protein%20product&limit=0").json();
        assertThat(mt.path("total").asLong()).isEqualTo(onMtCoding).isEqualTo(13);
    }
}
