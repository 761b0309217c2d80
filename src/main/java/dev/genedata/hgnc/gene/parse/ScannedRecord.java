package dev.genedata.hgnc.gene.parse;

import dev.genedata.hgnc.gene.model.GeneFacts;

/**
 * One record as {@link RecordScanner} read it: its facts when it passed every check, else what is wrong.
 *
 * @param facts what the load keeps of the record, or null when it failed a check
 * @param hgncId its {@code hgnc_id} when that is well-formed, else null
 * @param problem what is wrong, or null
 */
record ScannedRecord(GeneFacts facts, String hgncId, String problem) {

    static ScannedRecord passed(String hgncId, GeneFacts facts) {
        return new ScannedRecord(facts, hgncId, null);
    }

    static ScannedRecord failed(String hgncId, String problem) {
        return new ScannedRecord(null, hgncId, problem);
    }
}
