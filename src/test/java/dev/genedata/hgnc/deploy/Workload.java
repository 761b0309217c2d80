package dev.genedata.hgnc.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

/**
 * An object that runs pods (Deployment, StatefulSet, Job, CronJob) with its pod template, so that the
 * {@link ManifestChecker} reads labels, containers, ports and volumes the same way for every kind.
 */
record Workload(String kind, String name, PodTemplateSpec template) {

    /** The workloads among {@code objects}, in their order. */
    static List<Workload> of(List<HasMetadata> objects) {
        List<Workload> workloads = new ArrayList<>();
        for (HasMetadata object : objects) {
            PodTemplateSpec template = null;
            if (object instanceof Deployment deployment) {
                template = deployment.getSpec().getTemplate();
            } else if (object instanceof StatefulSet statefulSet) {
                template = statefulSet.getSpec().getTemplate();
            } else if (object instanceof Job job) {
                template = job.getSpec().getTemplate();
            } else if (object instanceof CronJob cronJob) {
                template = cronJob.getSpec().getJobTemplate().getSpec().getTemplate();
            }
            if (template != null) {
                workloads.add(new Workload(object.getKind(), object.getMetadata().getName(), template));
            }
        }
        return workloads;
    }

    /** "Deployment hgnc-api": how problems name this workload. */
    String label() {
        return kind + " " + name;
    }

    /** The pod template's labels (never null). */
    Map<String, String> podLabels() {
        Map<String, String> labels = template.getMetadata() == null ? null : template.getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }

    /** Whether a label selector picks this workload's pods. */
    boolean podsMatch(Map<String, String> selector) {
        return selector != null && !selector.isEmpty() && podLabels().entrySet().containsAll(selector.entrySet());
    }

    /** The containers of the pod template. */
    List<Container> containers() {
        return template.getSpec().getContainers();
    }

    /** Whether some container declares {@code port}, by number or by name. */
    boolean declaresPort(IntOrString port) {
        return containers().stream().anyMatch(container -> declaresPort(container, port));
    }

    /** Whether {@code container} declares {@code port}, by number or by name. */
    static boolean declaresPort(Container container, IntOrString port) {
        Stream<ContainerPort> ports = container.getPorts() == null ? Stream.empty() : container.getPorts().stream();
        return ports.anyMatch(declared -> port.getIntVal() != null
                ? port.getIntVal().equals(declared.getContainerPort())
                : port.getStrVal().equals(declared.getName()));
    }

    /** The literal value of an environment variable of {@code container}, if it sets one. */
    static Optional<String> env(Container container, String name) {
        return container.getEnv() == null ? Optional.empty()
                : container.getEnv().stream()
                        .filter(variable -> name.equals(variable.getName()) && variable.getValue() != null)
                        .map(EnvVar::getValue)
                        .findFirst();
    }

    /** The names of the PersistentVolumeClaims the pod template mounts. */
    List<String> claimedVolumes() {
        if (template.getSpec().getVolumes() == null) {
            return List.of();
        }
        return template.getSpec().getVolumes().stream()
                .filter(volume -> volume.getPersistentVolumeClaim() != null)
                .map(volume -> volume.getPersistentVolumeClaim().getClaimName())
                .toList();
    }
}
