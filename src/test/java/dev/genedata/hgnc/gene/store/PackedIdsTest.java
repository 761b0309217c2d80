package dev.genedata.hgnc.gene.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The encoding of a set's id list. */
class PackedIdsTest {

    @Test
    void packSortsAndUnpackRoundTrips() {
        int[] ids = {1000, 5, 52345, 37};
        assertThat(PackedIds.pack(ids)).isEqualTo("5,37,1000,52345");
        assertThat(ids).as("the input is left as it was").containsExactly(1000, 5, 52345, 37);
        assertThat(PackedIds.unpack("5,37,1000,52345")).containsExactly(5, 37, 1000, 52345);
        assertThat(PackedIds.pack(new int[0])).isEmpty();
        assertThat(PackedIds.unpack(null)).isEmpty();
        assertThat(PackedIds.unpack("")).isEmpty();
        assertThat(PackedIds.unpack("7")).containsExactly(7);
    }
}
