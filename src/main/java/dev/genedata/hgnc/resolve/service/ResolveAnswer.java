package dev.genedata.hgnc.resolve.service;

import java.util.List;

/**
 * The answer to a list of inputs.
 *
 * @param resolutions one per input, in input order
 * @param version the data version it comes from (sent as the {@code X-Data-Version} header)
 */
public record ResolveAnswer(List<Resolution> resolutions, long version) {
}
