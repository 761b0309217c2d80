package dev.genedata.hgnc.gene.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The id-list encoding and the set operations filters use. */
class PackedIdsTest {

    @Test
    void packAndUnpackRoundTrip() {
        int[] ids = {5, 37, 1000, 52345};
        assertThat(PackedIds.pack(ids, ids.length)).isEqualTo("5,37,1000,52345");
        assertThat(PackedIds.unpack("5,37,1000,52345")).containsExactly(ids);
        assertThat(PackedIds.pack(ids, 2)).isEqualTo("5,37");
        assertThat(PackedIds.unpack(null)).isEmpty();
        assertThat(PackedIds.unpack("")).isEmpty();
        assertThat(PackedIds.unpack("7")).containsExactly(7);
    }

    @Test
    void intersectKeepsCommonIdsInOrder() {
        assertThat(PackedIds.intersect(new int[] {1, 3, 5, 7, 9}, new int[] {2, 3, 4, 9, 10})).containsExactly(3, 9);
        assertThat(PackedIds.intersect(new int[] {1, 2}, new int[] {})).isEmpty();
    }

    @Test
    void unionMergesWithoutRepeats() {
        assertThat(PackedIds.union(new int[] {1, 4, 9}, new int[] {2, 4, 10})).containsExactly(1, 2, 4, 9, 10);
        assertThat(PackedIds.union(new int[] {}, new int[] {3})).containsExactly(3);
    }

    @Test
    void sortedDistinctSortsDropsRepeatsAndLeavesItsInputAlone() {
        int[] ids = {30, 7, 30, 12, 7, 99};
        assertThat(PackedIds.sortedDistinct(ids, 5)).containsExactly(7, 12, 30);
        assertThat(ids).as("the input is left as it was").containsExactly(30, 7, 30, 12, 7, 99);
        int[] ascending = {1, 5, 8};
        assertThat(PackedIds.sortedDistinct(ascending, 3)).isSameAs(ascending);
        assertThat(PackedIds.sortedDistinct(ascending, 2)).containsExactly(1, 5);
        assertThat(PackedIds.sortedDistinct(new int[] {4, 4}, 2)).containsExactly(4);
        assertThat(PackedIds.sortedDistinct(new int[0], 0)).isEmpty();
    }
}
