package dev.genedata.hgnc.gene.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** HGNC's fields as bits in column order, the others by name. */
class FieldSetTest {

    @Test
    void hgncFieldsAreBitsInColumnOrderAndOthersKeepTheirOrder() {
        FieldSet fields = FieldSet.of(List.of("zeta_custom", "symbol", "hgnc_id", "gencc", "alpha_custom", "symbol"));

        assertThat(fields.schemaBits()).isEqualTo(1L | 1L << 1 | 1L << 53);
        assertThat(fields.others()).containsExactly("zeta_custom", "alpha_custom");
        assertThat(fields.names()).containsExactly("hgnc_id", "symbol", "gencc", "zeta_custom", "alpha_custom");
        assertThat(fields.size()).isEqualTo(5);
    }

    @Test
    void everyHgncFieldFitsAndComesBack() {
        FieldSet all = FieldSet.of(HgncSchema.TSV_COLUMNS);

        assertThat(Long.bitCount(all.schemaBits())).isEqualTo(54);
        assertThat(all.names()).isEqualTo(HgncSchema.TSV_COLUMNS);
        assertThat(FieldSet.of(List.of()).names()).isEmpty();
    }
}
