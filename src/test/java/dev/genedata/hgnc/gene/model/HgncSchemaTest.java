package dev.genedata.hgnc.gene.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.gene.model.HgncSchema.FieldType;
import dev.genedata.hgnc.support.SampleData;

/** The schema matches HGNC's TSV header and the JSON types HGNC's README lists. */
class HgncSchemaTest {

    @Test
    void columnsAreTheSampleHeaderInOrder() {
        String header = SampleData.lines(SampleData.TSV).get(0);
        assertThat(HgncSchema.TSV_COLUMNS).hasSize(54).containsExactly(header.split("\t"));
        assertThat(HgncSchema.TSV_COLUMNS.get(0)).isEqualTo("hgnc_id");
        assertThat(HgncSchema.TSV_COLUMNS.get(53)).isEqualTo("gencc");
    }

    @Test
    void typesFollowHgncJson() {
        Map<FieldType, List<String>> byType = HgncSchema.TSV_COLUMNS.stream()
                .collect(Collectors.groupingBy(HgncSchema::typeOf));
        assertThat(byType.get(FieldType.STRING_ARRAY)).containsExactly("alias_symbol", "alias_name", "prev_symbol",
                "prev_name", "gene_group", "ena", "refseq_accession", "ccds_id", "uniprot_ids", "mgd_id", "rgd_id", "lsdb",
                "omim_id", "enzyme_id", "rna_central_id", "mane_select");
        assertThat(byType.get(FieldType.INTEGER_ARRAY)).containsExactly("gene_group_id", "pubmed_id");
        assertThat(byType.get(FieldType.INTEGER)).containsExactly("homeodb", "orphanet", "kznf_gene_catalog", "mamit-trnadb");
        assertThat(byType.get(FieldType.STRING)).hasSize(32).contains("entrez_id", "date_modified", "location");
    }

    @Test
    void unknownFieldsAreStringsWithoutAPosition() {
        assertThat(HgncSchema.typeOf("uuid")).isEqualTo(FieldType.STRING);
        assertThat(HgncSchema.typeOf("_version_")).isEqualTo(FieldType.STRING);
        assertThat(HgncSchema.indexOf("uuid")).isEqualTo(-1);
        assertThat(HgncSchema.indexOf("symbol_report_tag")).isEqualTo(-1);
        for (int i = 0; i < HgncSchema.TSV_COLUMNS.size(); i++) {
            assertThat(HgncSchema.indexOf(HgncSchema.TSV_COLUMNS.get(i))).isEqualTo(i);
        }
        assertThat(HgncSchema.TSV_COLUMNS.stream().collect(Collectors.toMap(Function.identity(), c -> 1))).hasSize(54);
    }
}
