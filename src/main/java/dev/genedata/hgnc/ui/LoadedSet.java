package dev.genedata.hgnc.ui;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.gene.model.GeneSetSummary;
import dev.genedata.hgnc.gene.service.GeneQueryService;

/** What the pages tell about the loaded set: the summary {@code GET /info} answers, read for a page. */
@ApplicationScoped
public class LoadedSet {

    private final GeneQueryService genes;
    private final ObjectMapper mapper;
    private final HgncConfig config;

    LoadedSet(GeneQueryService genes, ObjectMapper mapper, HgncConfig config) {
        this.genes = genes;
        this.mapper = mapper;
        this.config = config;
    }

    /**
     * The loaded set's summary, or null when none is loaded; waits for Redis at most its timeout.
     *
     * @throws RuntimeException when Redis cannot answer (the page shows what {@link Pages#problem} makes of it)
     */
    public GeneSetSummary summary() {
        String info = Pages.await(genes.info(), config.redis().timeout());
        try {
            return info == null ? null : mapper.readValue(info, GeneSetSummary.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
