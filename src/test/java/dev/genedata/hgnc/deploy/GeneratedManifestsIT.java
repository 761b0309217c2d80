package dev.genedata.hgnc.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

/**
 * Loads the manifests {@code ./mvnw package} generated (failsafe runs this after package) together with the
 * hand-written Redis, backup and restore YAML, checks them with {@link ManifestChecker}, and proves the
 * checker catches each kind of break by damaging one object and expecting exactly that problem.
 */
class GeneratedManifestsIT {

    private static final String VERSION = Objects.requireNonNull(System.getProperty("project.version"),
            "project.version is unset: run this test through Maven (failsafe sets it)");
    private static final String IMAGE = DeploymentFiles.jibImage(VERSION);

    private final ManifestChecker checker = new ManifestChecker(IMAGE);
    private List<HasMetadata> objects;

    @BeforeEach
    void load() {
        objects = DeploymentFiles.load();
    }

    @Test
    void generatedManifestsHaveNoProblems() {
        assertThat(checker.check(objects)).isEmpty();
    }

    @Test
    void everyObjectIsThereOnce() {
        assertThat(objects).extracting(o -> o.getKind() + " " + o.getMetadata().getName()).containsExactlyInAnyOrder(
                "Service hgnc-api", "Deployment hgnc-api", "Ingress hgnc-api",
                "Service hgnc-worker", "Deployment hgnc-worker",
                "ConfigMap hgnc-redis-config", "PersistentVolumeClaim hgnc-redis-data", "Deployment hgnc-redis",
                "Service hgnc-redis", "PersistentVolumeClaim hgnc-redis-backup", "CronJob hgnc-redis-backup",
                "Job hgnc-redis-restore");
        // Quarkus would merge these into both of its outputs.
        assertThat(Path.of("src/main/kubernetes/kubernetes.yml")).doesNotExist();
        assertThat(Path.of("src/main/kubernetes/common.yml")).doesNotExist();
    }

    @Test
    void rolesGetTheirEnvironment() {
        assertThat(container("hgnc-api").getEnv()).extracting(EnvVar::getName, EnvVar::getValue)
                .contains(tuple("HGNC_ROLE", "api"),
                        tuple("REDIS_HOST", "hgnc-redis"),
                        tuple("LOG_LEVEL", "DEBUG"));
        EnvVar token = container("hgnc-api").getEnv().stream().filter(v -> v.getName().equals("ADMIN_TOKEN")).findFirst()
                .orElseThrow();
        assertThat(token.getValueFrom().getSecretKeyRef().getName()).isEqualTo("hgnc-admin");
        assertThat(token.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("token");
        assertThat(container("hgnc-worker").getEnv()).extracting(EnvVar::getName)
                .contains("HGNC_ROLE", "REDIS_HOST", "LOG_LEVEL", "WORKER_CONCURRENCY").doesNotContain("ADMIN_TOKEN");
        assertThat(container("hgnc-api").getImage()).isEqualTo(IMAGE).startsWith("docker.io/genedata/hgnc-service:");
    }

    @Test
    void selectorThatMissesItsPodsIsReported() {
        deployment("hgnc-api").getSpec().getSelector().getMatchLabels().put("app.kubernetes.io/name", "hgnc-apx");
        assertThat(checker.check(objects))
                .containsExactly("Deployment hgnc-api: selector app.kubernetes.io/name=hgnc-apx does not match its pod template labels");
    }

    @Test
    void serviceWithoutPodsIsReported() {
        service("hgnc-worker").getSpec().getSelector().put("app.kubernetes.io/name", "nobody");
        assertThat(checker.check(objects)).containsExactly("Service hgnc-worker selects the pods of no Deployment");
    }

    @Test
    void serviceTargetingAnUndeclaredPortIsReported() {
        service("hgnc-api").getSpec().getPorts().get(0).setTargetPort(new IntOrString(9090));
        service("hgnc-redis").getSpec().getPorts().get(0).setTargetPort(new IntOrString("redis-port"));
        assertThat(checker.check(objects)).containsExactly(
                "Service hgnc-api port http targets 9090, which Deployment hgnc-api does not declare",
                "Service hgnc-redis port redis targets redis-port, which Deployment hgnc-redis does not declare");
    }

    @Test
    void redisHostThatIsNotTheRedisServiceIsReported() {
        env(container("hgnc-worker"), "REDIS_HOST").setValue("redis");
        assertThat(checker.check(objects))
                .containsExactly("Deployment hgnc-worker: REDIS_HOST=redis names no Service in front of Redis");
    }

    @Test
    void claimOfAnUndefinedVolumeIsReported() {
        deployment("hgnc-redis").getSpec().getTemplate().getSpec().getVolumes().get(0).getPersistentVolumeClaim()
                .setClaimName("hgnc-redis-dat");
        CronJob backup = find(CronJob.class, "hgnc-redis-backup");
        backup.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getVolumes().get(0).getPersistentVolumeClaim()
                .setClaimName("backup");
        assertThat(checker.check(objects)).containsExactlyInAnyOrder(
                "Deployment hgnc-redis claims PVC hgnc-redis-dat, which is not defined",
                "CronJob hgnc-redis-backup claims PVC backup, which is not defined");
    }

    @Test
    void probeOnAPathTheApplicationDoesNotServeIsReported() {
        container("hgnc-worker").getReadinessProbe().getHttpGet().setPath("/health");
        container("hgnc-api").getLivenessProbe().getHttpGet().setPort(new IntOrString(9000));
        assertThat(checker.check(objects)).containsExactly(
                "Deployment hgnc-api: liveness probe port 9000 is not a port of its container",
                "Deployment hgnc-worker: readiness probe path /health is not /q/health/ready, which the application serves");
    }

    @Test
    void imageOtherThanJibsIsReported() {
        container("hgnc-api").setImage("docker.io/genedata/hgnc-service:latest");
        assertThat(checker.check(objects)).containsExactly(
                "Deployment hgnc-api: image docker.io/genedata/hgnc-service:latest is not the Jib image " + IMAGE);
    }

    @Test
    void objectDefinedTwiceIsReported() {
        objects.add(DeploymentFiles.copy(service("hgnc-redis")));
        assertThat(checker.check(objects)).containsExactly("Service hgnc-redis is defined 2 times");
    }

    @Test
    void ingressToAMissingServiceIsReported() {
        find(Ingress.class, "hgnc-api").getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService()
                .setName("hgnc");
        assertThat(checker.check(objects)).containsExactly("Ingress hgnc-api routes to Service hgnc, which is not defined");
    }

    @Test
    void missingRoleIsReported() {
        env(container("hgnc-worker"), "HGNC_ROLE").setValue("both");
        assertThat(checker.check(objects)).containsExactly("no Deployment runs HGNC_ROLE=worker");
    }

    private <T extends HasMetadata> T find(Class<T> type, String name) {
        return objects.stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    private Deployment deployment(String name) {
        return find(Deployment.class, name);
    }

    private Service service(String name) {
        return find(Service.class, name);
    }

    private Container container(String deployment) {
        return deployment(deployment).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static EnvVar env(Container container, String name) {
        return container.getEnv().stream().filter(v -> v.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + container.getName()));
    }
}
