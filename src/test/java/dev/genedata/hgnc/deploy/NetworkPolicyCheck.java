package dev.genedata.hgnc.deploy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * The {@link ManifestChecker}'s part for NetworkPolicies: each one guards the pods of some workload, admits
 * only pods of this namespace picked by labels that some pod template has, on ports the guarded pods declare;
 * and Redis is guarded so that exactly its clients reach it, the workloads that set {@code REDIS_HOST}, and no
 * other pod.
 */
final class NetworkPolicyCheck {

    private NetworkPolicyCheck() {
    }

    /**
     * Adds the problems of the NetworkPolicies among {@code objects} to {@code problems}.
     *
     * @param redisServices the names of the Services in front of Redis
     */
    static void check(List<HasMetadata> objects, Set<String> redisServices, List<String> problems) {
        List<Workload> workloads = Workload.of(objects);
        List<NetworkPolicy> policies = objects.stream().filter(NetworkPolicy.class::isInstance)
                .map(NetworkPolicy.class::cast).toList();
        for (NetworkPolicy policy : policies) {
            checkPolicy(policy, workloads, problems);
        }
        // A REDIS_HOST that names no Redis Service is the ManifestChecker's own problem.
        List<Workload> clients = workloads.stream()
                .filter(w -> w.containers().stream().anyMatch(c -> Workload.env(c, "REDIS_HOST").isPresent())).toList();
        for (Workload redis : redisWorkloads(objects, workloads, redisServices)) {
            checkRedisAccess(redis, policies, workloads, clients, problems);
        }
    }

    private static void checkPolicy(NetworkPolicy policy, List<Workload> workloads, List<String> problems) {
        String name = "NetworkPolicy " + policy.getMetadata().getName();
        List<Workload> guarded = selected(policy.getSpec().getPodSelector(), workloads);
        if (guarded.isEmpty()) {
            problems.add(name + " selects the pods of no workload");
        }
        if (policy.getSpec().getPolicyTypes() == null || !policy.getSpec().getPolicyTypes().contains("Ingress")) {
            problems.add(name + " does not limit ingress");
        }
        for (NetworkPolicyIngressRule rule : rules(policy)) {
            if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
                problems.add(name + " admits every source (a rule without from)");
            } else {
                rule.getFrom().forEach(peer -> checkPeer(name, peer, workloads, problems));
            }
            if (rule.getPorts() == null || rule.getPorts().isEmpty()) {
                problems.add(name + " admits every port (a rule without ports)");
            } else {
                for (IntOrString port : rule.getPorts().stream().map(NetworkPolicyPort::getPort).toList()) {
                    if (port == null) {
                        problems.add(name + " admits every port (a port without a number or name)");
                    } else {
                        guarded.stream().filter(w -> !w.declaresPort(port)).forEach(w -> problems.add(
                                name + " admits port " + ManifestChecker.show(port) + ", which " + w.label()
                                        + " does not declare"));
                    }
                }
            }
        }
    }

    private static void checkPeer(String policy, NetworkPolicyPeer peer, List<Workload> workloads, List<String> problems) {
        LabelSelector selector = peer.getPodSelector();
        if (isOpen(peer)) {
            problems.add(policy + " admits more than labelled pods of its namespace (a peer with a namespaceSelector, "
                    + "an ipBlock or no podSelector matchLabels)");
        } else if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            problems.add(policy + " admits pods by matchExpressions, which this check does not read");
        } else if (selected(selector, workloads).isEmpty()) {
            problems.add(policy + " admits " + show(selector) + ", which matches no pod template");
        }
    }

    /** Every client of {@code redis}'s Service is admitted by a policy that guards it, and no other workload. */
    private static void checkRedisAccess(Workload redis, List<NetworkPolicy> policies, List<Workload> workloads,
            List<Workload> clients, List<String> problems) {
        List<NetworkPolicy> guards = policies.stream()
                .filter(policy -> selected(policy.getSpec().getPodSelector(), workloads).contains(redis)).toList();
        if (guards.isEmpty()) {
            problems.add("no NetworkPolicy limits who reaches " + redis.label());
            return;
        }
        Set<Workload> admitted = new LinkedHashSet<>();
        guards.forEach(policy -> rules(policy).forEach(rule -> admitted.addAll(admittedBy(rule, workloads))));
        String names = guards.stream().map(policy -> "NetworkPolicy " + policy.getMetadata().getName())
                .collect(Collectors.joining(", "));
        clients.stream().filter(client -> !admitted.contains(client)).forEach(client -> problems.add(
                client.label() + " uses Redis but " + names + " does not admit its pods"));
        admitted.stream().filter(workload -> !clients.contains(workload)).forEach(workload -> problems.add(
                names + " admits the pods of " + workload.label() + ", which does not use Redis"));
    }

    /** The workloads whose pods a rule admits: all of them without {@code from} or with a peer open to more. */
    static List<Workload> admittedBy(NetworkPolicyIngressRule rule, List<Workload> workloads) {
        boolean open = rule.getFrom() == null || rule.getFrom().isEmpty()
                || rule.getFrom().stream().anyMatch(NetworkPolicyCheck::isOpen);
        if (open) {
            return workloads;
        }
        return rule.getFrom().stream().flatMap(peer -> selected(peer.getPodSelector(), workloads).stream()).toList();
    }

    /** Whether a peer admits more than the pods its labels pick. */
    private static boolean isOpen(NetworkPolicyPeer peer) {
        LabelSelector selector = peer.getPodSelector();
        return peer.getNamespaceSelector() != null || peer.getIpBlock() != null || selector == null
                || selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty();
    }

    /** The workloads behind the Redis Services. */
    private static List<Workload> redisWorkloads(List<HasMetadata> objects, List<Workload> workloads,
            Set<String> redisServices) {
        return objects.stream().filter(Service.class::isInstance).map(Service.class::cast)
                .filter(service -> redisServices.contains(service.getMetadata().getName()))
                .flatMap(service -> workloads.stream().filter(w -> w.podsMatch(service.getSpec().getSelector())))
                .distinct().toList();
    }

    /** The workloads whose pod template labels a selector's matchLabels pick. */
    static List<Workload> selected(LabelSelector selector, List<Workload> workloads) {
        if (selector == null || selector.getMatchLabels() == null) {
            return List.of();
        }
        return workloads.stream().filter(w -> w.podsMatch(selector.getMatchLabels())).toList();
    }

    private static List<NetworkPolicyIngressRule> rules(NetworkPolicy policy) {
        return policy.getSpec().getIngress() == null ? List.of() : policy.getSpec().getIngress();
    }

    private static String show(LabelSelector selector) {
        Map<String, String> labels = new TreeMap<>(selector.getMatchLabels());
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
