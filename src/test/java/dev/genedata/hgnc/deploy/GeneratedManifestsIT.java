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
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Loads the manifests {@code ./mvnw package} generated (failsafe runs this after package) together with the
 * hand-written Redis, backup and restore YAML, checks them with {@link ManifestChecker}, and proves the
 * checker catches each kind of break by damaging one object and expecting exactly that problem. Redis's
 * NetworkPolicy admits exactly the pods of the API, the worker, the backup CronJob and the restore Job.
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
                "Service hgnc-redis", "NetworkPolicy hgnc-redis", "PersistentVolumeClaim hgnc-redis-backup",
                "CronJob hgnc-redis-backup", "Job hgnc-redis-restore");
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

    @Test
    void onlyTheServicesOwnPodsReachRedis() {
        NetworkPolicy policy = find(NetworkPolicy.class, "hgnc-redis");
        List<Workload> workloads = Workload.of(objects);
        assertThat(NetworkPolicyCheck.selected(policy.getSpec().getPodSelector(), workloads)).extracting(Workload::label)
                .containsExactly("Deployment hgnc-redis");
        assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(NetworkPolicyCheck.admittedBy(rule, workloads)).extracting(Workload::label).containsExactlyInAnyOrder(
                    "Deployment hgnc-api", "Deployment hgnc-worker", "CronJob hgnc-redis-backup", "Job hgnc-redis-restore");
            assertThat(rule.getPorts()).extracting(port -> port.getPort().getIntVal(), NetworkPolicyPort::getProtocol)
                    .containsExactly(tuple(6379, "TCP"));
        });
    }

    @Test
    void redisPolicyThatMissesAClientIsReported() {
        List<NetworkPolicyPeer> peers = redisPolicyPeers();
        peers.get(0).getPodSelector().getMatchLabels().put("app.kubernetes.io/name", "hgnc-apx");
        peers.removeIf(peer -> peer.getPodSelector().getMatchLabels().containsValue("hgnc-redis-restore"));
        assertThat(checker.check(objects)).containsExactly(
                "NetworkPolicy hgnc-redis admits app.kubernetes.io/name=hgnc-apx,app.kubernetes.io/part-of=hgnc, "
                        + "which matches no pod template",
                "Deployment hgnc-api uses Redis but NetworkPolicy hgnc-redis does not admit its pods",
                "Job hgnc-redis-restore uses Redis but NetworkPolicy hgnc-redis does not admit its pods");
    }

    @Test
    void redisPolicyThatAdmitsOtherPodsIsReported() {
        redisPolicyPeers().get(3).getPodSelector().getMatchLabels().remove("app.kubernetes.io/name");
        assertThat(checker.check(objects)).containsExactly(
                "NetworkPolicy hgnc-redis admits the pods of Deployment hgnc-redis, which does not use Redis");
    }

    @Test
    void redisPolicyOpenBeyondLabelledPodsIsReported() {
        redisPolicyPeers().get(1).setNamespaceSelector(new LabelSelector());
        find(NetworkPolicy.class, "hgnc-redis").getSpec().getIngress().get(0).getPorts().get(0).setPort(new IntOrString(6380));
        assertThat(checker.check(objects)).containsExactly(
                "NetworkPolicy hgnc-redis admits more than labelled pods of its namespace (a peer with a namespaceSelector, "
                        + "an ipBlock or no podSelector matchLabels)",
                "NetworkPolicy hgnc-redis admits port 6380, which Deployment hgnc-redis does not declare",
                "NetworkPolicy hgnc-redis admits the pods of Deployment hgnc-redis, which does not use Redis");
    }

    @Test
    void redisWithoutAPolicyIsReported() {
        find(NetworkPolicy.class, "hgnc-redis").getSpec().getPodSelector().getMatchLabels()
                .put("app.kubernetes.io/name", "hgnc-redi");
        assertThat(checker.check(objects)).containsExactly(
                "NetworkPolicy hgnc-redis selects the pods of no workload",
                "no NetworkPolicy limits who reaches Deployment hgnc-redis");
        objects.removeIf(NetworkPolicy.class::isInstance);
        assertThat(checker.check(objects)).containsExactly("no NetworkPolicy limits who reaches Deployment hgnc-redis");
    }

    private List<NetworkPolicyPeer> redisPolicyPeers() {
        return find(NetworkPolicy.class, "hgnc-redis").getSpec().getIngress().get(0).getFrom();
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
