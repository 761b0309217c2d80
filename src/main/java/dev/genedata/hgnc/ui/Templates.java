package dev.genedata.hgnc.ui;

import java.util.List;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.gene.model.GeneSetSummary;
import dev.genedata.hgnc.job.model.Job;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The pages' Qute templates ({@code src/main/resources/templates/ui/}), checked against their parameters at build. */
@CheckedTemplate(basePath = "ui")
final class Templates {

    private Templates() {
    }

    /** {@code /}: the loaded set, a search box and the ways in; with no set, how to load one. */
    static native TemplateInstance home(GeneSetSummary summary, ApiError problem);

    /** {@code /ui/search}. */
    static native TemplateInstance search(SearchPage.View view, ApiError problem);

    /** {@code /ui/genes/{hgnc_id}}. */
    static native TemplateInstance gene(GeneRecord gene, String asked, ApiError problem);

    /** {@code /ui/resolve}. */
    static native TemplateInstance resolve(ResolvePage.View view, ApiError problem);

    /** {@code /ui/jobs}: a form per analysis and the recent jobs. */
    static native TemplateInstance jobs(JobForms forms, List<Job> recent, ApiError problem);

    /** {@code /ui/jobs/{id}}: the job live, then its result. */
    static native TemplateInstance job(Job job, String asked, ApiError problem);

    /** The live part of the job page, sent again at each change over the page's event stream. */
    static native TemplateInstance jobState(Job job);

    /** A finished job's chart, table and downloads, loaded into the job page. */
    static native TemplateInstance jobResult(Job job, ResultTable table, ApiError problem);

    /** {@code /ui/data}: load and delete. */
    static native TemplateInstance data(GeneSetSummary summary, boolean tokenRequired, String outcome, ApiError problem);
}
