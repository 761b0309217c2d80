package dev.genedata.hgnc.gene.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Which view may answer while a newer version is being indexed. */
class GeneViewsTest {

    @Test
    void aViewWithRecordsAnswersUntilTheNextOneIsReady() {
        GeneView loaded = view(3, "{\"hgnc_id\":\"HGNC:5\",\"symbol\":\"A1BG\"}");
        assertThat(GeneViews.answers(loaded, -1)).as("no version announced yet").isTrue();
        assertThat(GeneViews.answers(loaded, 3)).isTrue();
        assertThat(GeneViews.answers(loaded, 4)).as("the previous set, while version 4 is indexed").isTrue();
        assertThat(GeneViews.answers(loaded, 0)).as("the set was deleted; its view answers until the empty one is built")
                .isTrue();
    }

    @Test
    void anEmptyViewDoesNotAnswerForASetLoadedSince() {
        GeneView empty = view(0);
        assertThat(GeneViews.answers(empty, 0)).as("no set loaded: nothing found is the truth").isTrue();
        assertThat(GeneViews.answers(empty, -1)).isTrue();
        assertThat(GeneViews.answers(empty, 1)).as("a set was loaded: nothing found would be wrong").isFalse();
        assertThat(GeneViews.answers(null, -1)).as("no view yet").isFalse();
    }

    private static GeneView view(long version, String... records) {
        try (GeneViewBuilder builder = new GeneViewBuilder(version)) {
            for (String record : records) {
                builder.add(record.getBytes(StandardCharsets.UTF_8));
            }
            return builder.build();
        }
    }
}
