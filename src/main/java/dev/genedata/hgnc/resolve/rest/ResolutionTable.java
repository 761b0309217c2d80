package dev.genedata.hgnc.resolve.rest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.core.StreamingOutput;

import dev.genedata.hgnc.resolve.service.GeneMatch;
import dev.genedata.hgnc.resolve.service.Resolution;

/**
 * Resolutions as a table, CSV (RFC 4180) or TSV: the columns of HGNC's multi-symbol checker (input, match type,
 * approved symbol, approved name, HGNC id, location), then whether the row's gene is the one the input resolved to,
 * and the symbol a spreadsheet date was read back to. One row per input and gene matched, in input order; an input
 * that matched nothing has one row with match type {@code unmatched}.
 */
public final class ResolutionTable implements StreamingOutput {

    /** The header row. */
    static final List<String> HEADER = List.of("Input", "Match type", "Approved symbol", "Approved name", "HGNC ID",
            "Location", "Resolved", "Via spreadsheet date");
    /** The match type of an input that matched nothing. */
    static final String UNMATCHED = "unmatched";

    private final List<Resolution> resolutions;
    private final char separator;

    /** @param separator {@code ','} for CSV, {@code '\t'} for TSV */
    public ResolutionTable(List<Resolution> resolutions, char separator) {
        this.resolutions = resolutions;
        this.separator = separator;
    }

    @Override
    public void write(OutputStream output) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
        row(out, HEADER.toArray(String[]::new));
        for (Resolution resolution : resolutions) {
            if (resolution.matches().isEmpty()) {
                row(out, resolution.input(), UNMATCHED, null, null, null, null, "false", null);
            }
            for (GeneMatch match : resolution.matches()) {
                boolean resolved = resolution.resolved() != null && resolution.resolved().hgncId().equals(match.hgncId());
                row(out, resolution.input(), match.matchType().id(), match.symbol(), match.name(), match.hgncId(),
                        match.location(), Boolean.toString(resolved), match.viaSpreadsheetDate());
            }
        }
        out.flush();
    }

    private void row(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(separator);
            }
            cell(out, cells[i] == null ? "" : cells[i]);
        }
        out.write(separator == ',' ? "\r\n" : "\n");
    }

    /** CSV quotes a cell that holds a comma, quote or line break; TSV, which cannot quote, writes those as spaces. */
    private void cell(Writer out, String value) throws IOException {
        if (separator != ',') {
            out.write(value.replace('\t', ' ').replace('\r', ' ').replace('\n', ' '));
        } else if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
    }
}
