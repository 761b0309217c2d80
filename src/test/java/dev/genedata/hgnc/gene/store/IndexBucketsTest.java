package dev.genedata.hgnc.gene.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.support.SampleData;

/** The bucketed symbol indexes: where a value goes, what a bucket holds, and reading it back. */
class IndexBucketsTest {

    @Test
    void theBucketOfAValueIsFixedByItsJavaHashCode() {
        // (String.hashCode() * 0x9E3779B9) >>> 22, worked out independently of the code under test: other
        // readers of Redis may compute it, so it must not change with the code
        assertThat(IndexBuckets.of("a1bg")).isEqualTo(359);
        assertThat(IndexBuckets.of("brca1")).isEqualTo(817);
        assertThat(IndexBuckets.of("tp53")).isEqualTo(868);
        assertThat(IndexBuckets.of("")).isZero();
    }

    @Test
    void aBucketIsAJsonArrayOfValueAndIdPairs() {
        IndexBuckets.Builder builder = new IndexBuckets.Builder();
        builder.add("a1bg", 5);
        builder.add("a1bg", 37133);

        byte[][] buckets = builder.build();
        assertThat(buckets.length).isEqualTo(IndexBuckets.COUNT);
        assertThat(new String(buckets[359], StandardCharsets.UTF_8)).isEqualTo("[\"a1bg\",5,\"a1bg\",37133]");
        assertThat(new String(buckets[817], StandardCharsets.UTF_8)).isEqualTo("[]");
    }

    @Test
    void everySymbolOfTheSampleIsFoundWithExactlyItsGenes() {
        Map<String, TreeSet<Integer>> expected = new HashMap<>();
        IndexBuckets.Builder builder = new IndexBuckets.Builder();
        for (ObjectNode record : SampleData.records()) {
            int id = Integer.parseInt(record.get("hgnc_id").asText().substring(5));
            List<String> values = new java.util.ArrayList<>(List.of(record.get("symbol").asText()));
            record.path("alias_symbol").forEach(alias -> values.add(alias.asText()));
            for (String value : values) {
                String lowerCased = value.toLowerCase(Locale.ROOT);
                builder.add(lowerCased, id);
                expected.computeIfAbsent(lowerCased, v -> new TreeSet<>()).add(id);
            }
        }
        byte[][] buckets = builder.build();

        assertThat(expected).hasSizeGreaterThan(1000);
        expected.forEach((value, ids) -> assertThat(lookUp(buckets, value)).as(value)
                .containsExactly(ids.stream().mapToInt(Integer::intValue).toArray()));
        assertThat(lookUp(buckets, "no-such-symbol")).isEmpty();
    }

    @Test
    void idsComeAscendingAndOnceWhateverOrderTheyWereAddedIn() {
        IndexBuckets.Builder builder = new IndexBuckets.Builder();
        for (int id : new int[] { 30, 7, 30, 12, 7 }) {
            builder.add("shared", id);
        }
        assertThat(lookUp(builder.build(), "shared")).containsExactly(7, 12, 30);
    }

    @Test
    void valuesThatNeedEscapingRoundTrip() throws Exception {
        List<String> values = List.of("a\"b", "c\\d", "tab\there", "line\nbreak", "\u0001", "ä-1", "α/β", "😀x", "[1,2]");
        IndexBuckets.Builder builder = new IndexBuckets.Builder();
        for (int i = 0; i < values.size(); i++) {
            builder.add(values.get(i), i + 1);
        }
        byte[][] buckets = builder.build();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            assertThat(lookUp(buckets, value)).as(value).containsExactly(i + 1);
        }
        ObjectMapper mapper = new ObjectMapper();
        for (byte[] bucket : buckets) {
            JsonNode parsed = mapper.readTree(bucket);
            assertThat(parsed.isArray()).isTrue();
            assertThat(parsed.size() % 2).isZero();
        }
    }

    @Test
    void aLoneSurrogateIsStoredAsTheReplacementCharacter() throws Exception {
        // a lone surrogate: a valid JSON escape but no UTF-8; an upload may hold one, no query can
        IndexBuckets.Builder builder = new IndexBuckets.Builder();
        builder.add("x\ud800y", 1);
        builder.add("\ud83d\ude00", 2);
        byte[][] buckets = builder.build();

        String bucket = new String(buckets[IndexBuckets.of("x\ud800y")], StandardCharsets.UTF_8);
        assertThat(new ObjectMapper().readTree(bucket).get(0).asText()).isEqualTo("x\ufffdy");
        assertThat(lookUp(buckets, "\ud83d\ude00")).as("a surrogate pair is kept").containsExactly(2);
    }

    @Test
    void idsMustBePositive() {
        assertThatThrownBy(() -> new IndexBuckets.Builder().add("a", -5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBucketThatIsNotPairsIsAnError() {
        assertThatThrownBy(() -> IndexBuckets.ids("{\"a\":1}", "a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not an array of value, id pairs");
        assertThatThrownBy(() -> IndexBuckets.ids("[\"a\",\"b\"]", "a")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> IndexBuckets.ids("[\"a\",1", "a")).hasMessageContaining("not JSON");
    }

    private static int[] lookUp(byte[][] buckets, String value) {
        return IndexBuckets.ids(new String(buckets[IndexBuckets.of(value)], StandardCharsets.UTF_8), value);
    }
}
