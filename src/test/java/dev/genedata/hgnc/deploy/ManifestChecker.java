package dev.genedata.hgnc.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;

/**
 * Finds the mistakes in a set of Kubernetes objects that {@code kubectl apply} accepts but that break the
 * deployment: selectors that miss their pods, Services and Ingresses pointing nowhere, unclaimed volumes,
 * a REDIS_HOST that is not the Redis Service, probes on paths the application does not serve, an image
 * other than the one Jib builds, NetworkPolicies that let other pods than Redis's clients reach it
 * ({@link NetworkPolicyCheck}). Each problem is one sentence; no problems, an empty list.
 */
final class ManifestChecker {

    /** The health paths smallrye-health serves (Quarkus's defaults under /q), by probe. */
    private static final Map<String, String> HEALTH_PATHS = Map.of(
            "liveness", "/q/health/live", "readiness", "/q/health/ready", "startup", "/q/health/started");

    /** The application's roles; one Deployment must run each. */
    private static final Set<String> ROLES = Set.of("api", "worker");

    private final String appImage;

    /** A checker that expects every application container to run {@code appImage}. */
    ManifestChecker(String appImage) {
        this.appImage = appImage;
    }

    /** The problems of {@code objects}, in a stable order. */
    List<String> check(List<HasMetadata> objects) {
        List<String> problems = new ArrayList<>();
        List<Workload> workloads = Workload.of(objects);
        List<Workload> deployments = workloads.stream().filter(w -> w.kind().equals("Deployment")).toList();
        Map<String, Service> services = byName(objects, Service.class);

        checkUnique(objects, problems);
        objects.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
                .forEach(deployment -> checkSelector(deployment, problems));
        services.values().forEach(service -> checkService(service, deployments, problems));
        objects.stream().filter(Ingress.class::isInstance).map(Ingress.class::cast)
                .forEach(ingress -> checkIngress(ingress, services, problems));
        Set<String> claims = byName(objects, PersistentVolumeClaim.class).keySet();
        for (Workload workload : workloads) {
            workload.claimedVolumes().stream().filter(claim -> !claims.contains(claim))
                    .forEach(claim -> problems.add(workload.label() + " claims PVC " + claim + ", which is not defined"));
        }
        Set<String> redisServices = services.values().stream()
                .filter(service -> deployments.stream().anyMatch(d -> d.podsMatch(service.getSpec().getSelector())
                        && d.containers().stream().anyMatch(c -> c.getImage().startsWith("redis:"))))
                .map(service -> service.getMetadata().getName())
                .collect(Collectors.toSet());
        Set<String> roles = new TreeSet<>();
        for (Workload workload : workloads) {
            for (Container container : workload.containers()) {
                Workload.env(container, "REDIS_HOST").filter(host -> !redisServices.contains(host)).ifPresent(host ->
                        problems.add(workload.label() + ": REDIS_HOST=" + host + " names no Service in front of Redis"));
                Workload.env(container, "HGNC_ROLE").ifPresent(role -> {
                    roles.add(role);
                    checkApplication(workload, container, problems);
                });
            }
        }
        ROLES.stream().sorted().filter(role -> !roles.contains(role))
                .forEach(role -> problems.add("no Deployment runs HGNC_ROLE=" + role));
        NetworkPolicyCheck.check(objects, redisServices, problems);
        return problems;
    }

    private static void checkUnique(List<HasMetadata> objects, List<String> problems) {
        objects.stream()
                .collect(Collectors.groupingBy(o -> o.getKind() + " " + o.getMetadata().getName(), LinkedHashMap::new,
                        Collectors.counting()))
                .forEach((object, count) -> {
                    if (count > 1) {
                        problems.add(object + " is defined " + count + " times");
                    }
                });
    }

    private static void checkSelector(Deployment deployment, List<String> problems) {
        String name = "Deployment " + deployment.getMetadata().getName();
        LabelSelector selector = deployment.getSpec().getSelector();
        Map<String, String> labels = Workload.of(List.of(deployment)).get(0).podLabels();
        if (selector == null || selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty()) {
            problems.add(name + " has no selector labels");
            return;
        }
        selector.getMatchLabels().forEach((key, value) -> {
            if (!value.equals(labels.get(key))) {
                problems.add(name + ": selector " + key + "=" + value + " does not match its pod template labels");
            }
        });
    }

    private static void checkService(Service service, List<Workload> deployments, List<String> problems) {
        String name = "Service " + service.getMetadata().getName();
        List<Workload> selected = deployments.stream().filter(d -> d.podsMatch(service.getSpec().getSelector())).toList();
        if (selected.isEmpty()) {
            problems.add(name + " selects the pods of no Deployment");
        }
        for (ServicePort port : service.getSpec().getPorts()) {
            IntOrString target = port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
            selected.stream().filter(deployment -> !deployment.declaresPort(target)).forEach(deployment -> problems.add(
                    name + " port " + port.getName() + " targets " + show(target) + ", which " + deployment.label()
                            + " does not declare"));
        }
    }

    private static void checkIngress(Ingress ingress, Map<String, Service> services, List<String> problems) {
        String name = "Ingress " + ingress.getMetadata().getName();
        ingress.getSpec().getRules().stream().flatMap(rule -> rule.getHttp().getPaths().stream())
                .map(path -> path.getBackend().getService())
                .forEach(backend -> checkBackend(name, backend, services, problems));
    }

    private static void checkBackend(String ingress, IngressServiceBackend backend, Map<String, Service> services,
            List<String> problems) {
        Service service = services.get(backend.getName());
        if (service == null) {
            problems.add(ingress + " routes to Service " + backend.getName() + ", which is not defined");
            return;
        }
        String port = Optional.ofNullable(backend.getPort().getName()).orElse(String.valueOf(backend.getPort().getNumber()));
        boolean exposed = service.getSpec().getPorts().stream()
                .anyMatch(p -> port.equals(p.getName()) || port.equals(String.valueOf(p.getPort())));
        if (!exposed) {
            problems.add(ingress + " routes to port " + port + " of Service " + backend.getName() + ", which it does not expose");
        }
    }

    private void checkApplication(Workload workload, Container container, List<String> problems) {
        if (!appImage.equals(container.getImage())) {
            problems.add(workload.label() + ": image " + container.getImage() + " is not the Jib image " + appImage);
        }
        if (Workload.env(container, "REDIS_HOST").isEmpty()) {
            problems.add(workload.label() + " sets no REDIS_HOST");
        }
        checkProbe(workload, container, "liveness", container.getLivenessProbe(), true, problems);
        checkProbe(workload, container, "readiness", container.getReadinessProbe(), true, problems);
        checkProbe(workload, container, "startup", container.getStartupProbe(), false, problems);
    }

    private static void checkProbe(Workload workload, Container container, String kind, Probe probe, boolean required,
            List<String> problems) {
        if (probe == null || probe.getHttpGet() == null) {
            if (required) {
                problems.add(workload.label() + " has no HTTP " + kind + " probe");
            }
            return;
        }
        HTTPGetAction get = probe.getHttpGet();
        if (!HEALTH_PATHS.get(kind).equals(get.getPath())) {
            problems.add(workload.label() + ": " + kind + " probe path " + get.getPath() + " is not "
                    + HEALTH_PATHS.get(kind) + ", which the application serves");
        }
        if (!Workload.declaresPort(container, get.getPort())) {
            problems.add(workload.label() + ": " + kind + " probe port " + show(get.getPort())
                    + " is not a port of its container");
        }
    }

    /** A port as a manifest gives it: its number or its name. */
    static String show(IntOrString port) {
        return port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
    }

    private static <T extends HasMetadata> Map<String, T> byName(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast)
                .collect(Collectors.toMap(o -> o.getMetadata().getName(), Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }
}
