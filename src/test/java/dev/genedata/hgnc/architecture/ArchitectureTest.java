package dev.genedata.hgnc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.common.error.ErrorMapper;
import dev.genedata.hgnc.job.store.JobStore;

/**
 * The boundaries of the main code (src/main and src-worker/main), as rules that fail the build when code
 * crosses them. Each rule was seen to fail on a violation made on purpose, then reverted; the violation
 * tried is named beside it.
 */
@AnalyzeClasses(packages = "dev.genedata.hgnc", importOptions = { ImportOption.DoNotIncludeTests.class,
        ImportOption.DoNotIncludeJars.class })
class ArchitectureTest {

    // ---- The API and the worker ---------------------------------------------------------------------------

    /**
     * The API never depends on the worker: the worker's code (src-worker, package {@code worker}) runs only where
     * {@code HGNC_ROLE} asks for it. Tried: JobService reading {@code ColumnsCache}.
     */
    @ArchTest
    static final ArchRule nothingOutsideTheWorkerDependsOnIt = noClasses()
            .that().resideOutsideOfPackage("dev.genedata.hgnc.worker..")
            .should().dependOnClassesThat().resideInAPackage("dev.genedata.hgnc.worker..");

    /** The worker reads what the API stored, never through a REST resource. Tried: JobRunner calling ResultResource. */
    @ArchTest
    static final ArchRule theWorkerDependsOnNoRestResource = noClasses()
            .that().resideInAPackage("dev.genedata.hgnc.worker..")
            .should().dependOnClassesThat().resideInAPackage("..rest..")
            .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.ws.rs.Path.class);

    // ---- HTTP statuses are chosen at the edge ----------------------------------------------------------

    /**
     * Stores, parsers and the source throw domain exceptions and know nothing of HTTP. Tried: GeneSetWriter
     * throwing a {@code jakarta.ws.rs.ClientErrorException}, and GeneStore returning an {@code ErrorMapper.answer}.
     */
    @ArchTest
    static final ArchRule storesParsersAndTheSourceKnowNoHttp = noClasses()
            .that().resideInAnyPackage("..gene.store..", "..gene.parse..", "..gene.source..", "..job.store..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                    "io.vertx.core.http..", "io.vertx.mutiny.core.http..")
            .orShould().dependOnClassesThat().belongToAnyOf(ErrorMapper.class, ApiError.class)
            .because("they throw domain exceptions (common.error.DomainException); ErrorMapper chooses the status");

    /**
     * Only the REST edge (resources, ErrorMapper and the Vert.x-level BodyTooLarge in common.error, the admin
     * filter, the worker's route guard in role, and the web pages in ui, which answer HTML with the status
     * ErrorMapper gives the failure they show) builds HTTP answers. Tried: JobService calling
     * {@code Response.status(409)}, and a {@code new NotFoundException()} in GeneQueryService.
     */
    @ArchTest
    static final ArchRule onlyTheEdgeChoosesHttpStatuses = noClasses()
            .that().resideOutsideOfPackages("..rest..", "..common.error..", "..common.security..", "..role..", "..ui..")
            .should().dependOnClassesThat().belongToAnyOf(Response.class, Response.Status.class,
                    Response.StatusType.class, Response.ResponseBuilder.class, ErrorMapper.class,
                    io.vertx.core.http.HttpServerResponse.class)
            .orShould().dependOnClassesThat().areAssignableTo(WebApplicationException.class)
            .because("a status is chosen in one place, ErrorMapper, from the kind of failure");

    /** Failures become answers in ErrorMapper alone. Tried: a {@code @ServerExceptionMapper} in JobResource. */
    @ArchTest
    static final ArchRule failuresBecomeAnswersInErrorMapperAlone = methods()
            .that().areAnnotatedWith(ServerExceptionMapper.class)
            .should().beDeclaredIn(ErrorMapper.class);

    /** No exception mapper besides ErrorMapper's methods. Tried: an {@code ExceptionMapper<IOException>} class. */
    @ArchTest
    static final ArchRule noOtherExceptionMapper = noClasses().should().implement(ExceptionMapper.class);

    // ---- Each Redis key scheme has one owner ---------------------------------------------------------

    /**
     * Only the stores, and the script runner they share, talk to Redis, so no other code can build a key.
     * Tried: ColumnsCache injecting the Redis client to GET {@code hgnc:current} itself.
     */
    @ArchTest
    static final ArchRule onlyStoresTalkToRedis = noClasses()
            .that().resideOutsideOfPackages("..store..", "dev.genedata.hgnc.redis..")
            .should().dependOnClassesThat().resideInAnyPackage("io.vertx.redis..", "io.vertx.mutiny.redis..",
                    "io.quarkus.redis..");

    /**
     * The gene key scheme (GeneKeys) is built inside gene.store alone, where GeneStore, GeneSetWriter and
     * PendingGeneSet share it. Tried: GeneKeys made public again and JobService building
     * {@code GeneKeys.key(version, "info")}.
     */
    @ArchTest
    static final ArchRule geneKeysStayInTheGeneStore = classes()
            .that().haveFullyQualifiedName("dev.genedata.hgnc.gene.store.GeneKeys")
            .should().notBePublic()
            .andShould().onlyHaveDependentClassesThat().resideInAPackage("..gene.store..");

    /**
     * Each job store (JobStore, JobQueue, ResultStore) alone names its keys and, for JobStore, the fields of the
     * job hash: the static strings that name them are private. (Java copies a constant into the classes that
     * read it, so only its visibility can be checked.) Tried: JobStore's {@code BY_SUBMITTED} (a key) and
     * {@code STATUS} (a field) made package-private.
     */
    @ArchTest
    static final ArchRule jobStoresKeepTheirNamesPrivate = fields()
            .that().areDeclaredInClassesThat().resideInAPackage("..job.store..")
            .and().areStatic().and().haveRawType(String.class)
            .should().bePrivate();

    /** As above, for the methods that build keys. Tried: {@code JobQueue.processing(worker)} made package-private. */
    @ArchTest
    static final ArchRule jobStoresBuildTheirKeysPrivately = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("..job.store..")
            .and().areStatic().and().haveRawReturnType(String.class)
            .should().bePrivate();

    /**
     * The job hash's field names live in JobStore alone: besides being private (above), they cannot come in from a
     * caller, as no public method of JobStore takes a map of fields; each status change has a method of its own.
     * Tried: the former public {@code JobStore.transition(id, from, to, Map<String, String> fields, ...)}.
     */
    @ArchTest
    static final ArchRule noCallerNamesTheFieldsOfAJob = noMethods()
            .that().areDeclaredIn(JobStore.class).and().arePublic()
            .should().haveRawParameterTypes(DescribedPredicate.describe("a Map among them",
                    (List<JavaClass> types) -> types.stream().anyMatch(type -> type.isAssignableTo(Map.class))));
}
