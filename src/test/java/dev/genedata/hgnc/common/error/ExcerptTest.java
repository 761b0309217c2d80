package dev.genedata.hgnc.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values quoted in error messages: whole up to the length, cut with "…" beyond it. */
class ExcerptTest {

    @Test
    void cutsOnlyWhatIsLongerThanTheLength() {
        assertThat(Excerpt.of("a".repeat(40))).isEqualTo("a".repeat(40));
        assertThat(Excerpt.of("a".repeat(41))).isEqualTo("a".repeat(40) + "…");
        assertThat(Excerpt.of("abcdef", 3)).isEqualTo("abc…");
        assertThat(Excerpt.of(null)).isEmpty();
    }
}
