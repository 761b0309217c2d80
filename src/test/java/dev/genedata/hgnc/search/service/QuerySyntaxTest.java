package dev.genedata.hgnc.search.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.common.error.InvalidInputException;
import dev.genedata.hgnc.gene.view.GeneViewBuilder;
import dev.genedata.hgnc.gene.view.ViewField;

/** HGNC's query syntax as parsed for the view, without an index. */
class QuerySyntaxTest {

    private static final Analyzer ANALYZER = GeneViewBuilder.analyzer();

    @Test
    void aBareWildcardSearchesEveryBareTermFieldWithItsWeight() {
        String parsed = QuerySyntax.parse("ZNF*", ANALYZER).toString();
        assertThat(parsed).contains("(ConstantScore(symbol:znf*))^100.0", "(ConstantScore(prev_symbol:znf*))^20.0",
                "(ConstantScore(alias_symbol:znf*))^10.0", "(ConstantScore(name:znf*))^4.0",
                "(ConstantScore(mane_select:znf*))^5.0");
        assertThat(QuerySyntax.parse("ZNF* AND status:Approved", ANALYZER, ViewField.SYMBOL).toString())
                .isEqualTo("+ConstantScore(symbol:znf*) +status:approved");
    }

    @Test
    void patternsAreConstantScoredAndFuzzyTermsAreNot() {
        assertThat(QuerySyntax.parse("symbol:BRCA? OR symbol:/brca[12]/ OR symbol:[a TO b] OR symbol:brca~1", ANALYZER)
                .toString()).isEqualTo("(ConstantScore(symbol:brca?))^100.0 (ConstantScore(symbol:/brca[12]/))^100.0 "
                        + "(ConstantScore(symbol:[a TO b]))^100.0 (symbol:brca~1)^100.0");
    }

    @Test
    void aRepeatedQueryIsParsedOnceAndItsSpacesDoNotMatter() {
        Query first = QuerySyntax.parse("insulin AND locus_group:\"protein-coding gene\"", ANALYZER);
        assertThat(QuerySyntax.parse("  insulin AND locus_group:\"protein-coding gene\" ", ANALYZER)).isSameAs(first);
        assertThat(QuerySyntax.parse("insulin AND locus_group:\"protein-coding gene\"", ANALYZER, ViewField.NAME))
                .as("another default field is another parse").isNotSameAs(first);
    }

    @Test
    void brokenQueriesAreRefusedEveryTimeTheyAreSent() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> QuerySyntax.parse("symbol:(ZNF", ANALYZER)).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("malformed query: ");
            assertThatThrownBy(() -> QuerySyntax.parse("colour:red", ANALYZER)).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("unknown field 'colour' in the query");
        }
    }
}
