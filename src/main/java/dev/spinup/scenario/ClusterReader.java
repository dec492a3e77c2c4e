package dev.spinup.scenario;

import dev.spinup.engine.SimTime;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.image.Image;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.orchestration.ClusterAutoscalerSpec;
import dev.spinup.orchestration.ClusterEvent;
import dev.spinup.orchestration.ClusterSpec;
import dev.spinup.orchestration.ControlPlane;
import dev.spinup.orchestration.DeploymentSpec;
import dev.spinup.orchestration.HorizontalAutoscalerSpec;
import dev.spinup.orchestration.KubeletSpec;
import dev.spinup.orchestration.NodeLifecycle;
import dev.spinup.orchestration.NodePool;
import dev.spinup.orchestration.NodesToScore;
import dev.spinup.orchestration.RateLimit;
import dev.spinup.orchestration.ReadinessProbe;
import dev.spinup.orchestration.Resources;
import dev.spinup.orchestration.RolloutStrategy;
import dev.spinup.orchestration.SchedulerProfile;
import dev.spinup.orchestration.ScoringStrategy;
import dev.spinup.orchestration.Taint;
import dev.spinup.orchestration.TaintEffect;
import dev.spinup.orchestration.Toleration;
import dev.spinup.scenario.json.ArrayView;
import dev.spinup.scenario.json.EnumNames;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.NumberNode;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import dev.spinup.scenario.json.StringNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the {@code cluster} section: the control plane (scheduler era and strategy, API client limits), kubelet
 * and node lifecycle settings, node pools, deployments, cluster events (scale, roll out, fail a node) and the
 * autoscalers. Every default comes from the orchestration package's cited values; every count is checked against
 * its limit before anything is built from it.
 */
final class ClusterReader {

    /** Kubernetes' scalability envelope is 5000 nodes; Spinup allows twice that. */
    static final int MAX_NODES = 10_000;
    static final int MAX_DEPLOYMENTS = 100;
    static final int MAX_EVENTS = 10_000;
    static final int MAX_LOAD_POINTS = 10_000;

    /** The eras a scenario may name. */
    enum Era {
        V2015, V2019, V2025;

        SchedulerProfile profile() {
            return switch (this) {
                case V2015 -> SchedulerProfile.v2015();
                case V2019 -> SchedulerProfile.v2019();
                case V2025 -> SchedulerProfile.v2025();
            };
        }
    }

    /** The scoring strategies by their everyday names. */
    enum Scoring {
        SPREAD(ScoringStrategy.LEAST_ALLOCATED), BIN_PACKING(ScoringStrategy.MOST_ALLOCATED);

        final ScoringStrategy strategy;

        Scoring(ScoringStrategy strategy) {
            this.strategy = strategy;
        }
    }

    /** What a cluster event does. */
    enum EventKind {
        SCALE, ROLLOUT, FAIL_NODE
    }

    private final ImageLibrary images;
    private final AppProfile app;
    private final Image appImage;
    private final Map<String, DeploymentSpec> deployments = new LinkedHashMap<>();
    /** Whether every deployment could be read; if not, an event naming an unknown one may mean it. */
    private boolean deploymentsComplete = true;

    private ClusterReader(ImageLibrary images, AppProfile app, Image appImage) {
        this.images = images;
        this.app = app;
        this.appImage = appImage;
    }

    /** The cluster, if the file has a readable one; every problem is recorded in {@code c}'s problems. */
    static Optional<ClusterSpec> read(ObjectView c, ImageLibrary images, AppProfile app, Image appImage,
                                      KnownNames stackIds) {
        return new ClusterReader(images, app, appImage).cluster(c, stackIds);
    }

    private Optional<ClusterSpec> cluster(ObjectView c, KnownNames stackIds) {
        int before = c.problems().size();
        ControlPlane plane = controlPlane(c);
        Map<String, ScoringStrategy> scoringByStack = new LinkedHashMap<>();
        c.optionalObject("scheduler").flatMap(v -> v.optionalObject("stacks")).ifPresent(v -> {
            for (String id : v.keys()) {
                if (!stackIds.mayName(id)) {
                    v.problem(id, Names.unknown("stack", id, stackIds.names()));
                } else if (stackIds.contains(id)) {
                    v.optionalEnum(id, Scoring.class).ifPresent(sc -> scoringByStack.put(id, sc.strategy));
                }
            }
        });
        KubeletSpec kubelet = c.optionalObject("kubelet").map(this::kubelet).orElse(KubeletSpec.defaults());
        NodeLifecycle lifecycle = c.optionalObject("nodeLifecycle").map(this::lifecycle)
                .orElse(NodeLifecycle.defaults());
        List<NodePool> pools = new ArrayList<>();
        c.optionalArray("nodePools").ifPresent(a -> {
            a.requireSize(0, MAX_DEPLOYMENTS);
            a.objects().forEach(p -> pool(p, stackIds).ifPresent(pools::add));
        });
        long nodes = pools.stream().mapToLong(NodePool::maxNodes).sum();
        if (nodes > MAX_NODES) {
            c.problem("nodePools", "the node pools may grow to " + nodes + " nodes in all; a cluster may have at"
                    + " most " + MAX_NODES);
        }
        ArrayView deploymentArray = c.array("deployments");
        deploymentArray.requireSize(1, MAX_DEPLOYMENTS);
        long replicas = 0;
        List<ObjectView> deploymentViews = deploymentArray.objects();
        deploymentsComplete = deploymentArray.isPresent() && deploymentViews.size() == deploymentArray.size();
        for (ObjectView d : deploymentViews) {
            Optional<DeploymentSpec> deployment = deployment(d);
            deploymentsComplete &= deployment.isPresent();
            if (deployment.isPresent()) {
                replicas += deployment.get().replicas();
                deployments.put(deployment.get().name(), deployment.get());
            }
        }
        List<ClusterEvent> events = new ArrayList<>();
        Optional<ArrayView> eventArray = c.optionalArray("events");
        if (eventArray.isPresent()) {
            eventArray.get().requireSize(0, MAX_EVENTS);
            for (ObjectView e : eventArray.get().objects()) {
                event(e).ifPresent(events::add);
            }
        }
        for (ClusterEvent event : events) {
            if (event instanceof ClusterEvent.Scale scale) {
                replicas = Math.max(replicas, scale.to());
            }
        }
        if (replicas > ScenarioLimits.MAX_INSTANCES) {
            c.problem("deployments", "the deployments and their scale events ask for up to " + replicas
                    + " pods; a scenario may ask for at most " + ScenarioLimits.MAX_INSTANCES);
        }
        events.sort(Comparator.comparingLong(ClusterEvent::atNanos));
        Optional<ClusterAutoscalerSpec> autoscaler = c.optionalObject("clusterAutoscaler").map(this::autoscaler);
        List<HorizontalAutoscalerSpec> hpas = new ArrayList<>();
        c.optionalArray("horizontalAutoscalers").ifPresent(a -> {
            a.requireSize(0, MAX_DEPLOYMENTS);
            a.objects().forEach(h -> horizontal(h).ifPresent(hpas::add));
        });
        Section.CLUSTER.finish(c);
        if (c.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ClusterSpec(plane, kubelet, lifecycle, pools, List.copyOf(deployments.values()),
                events, autoscaler, hpas, scoringByStack));
    }

    private ControlPlane controlPlane(ObjectView c) {
        ControlPlane plane = ControlPlane.defaults();
        Optional<ObjectView> s = c.optionalObject("scheduler");
        if (s.isPresent()) {
            ObjectView v = s.get();
            v.allow("stacks");
            SchedulerProfile profile = v.optionalEnum("era", Era.class).map(Era::profile)
                    .orElse(plane.scheduler());
            Optional<Scoring> scoring = v.optionalEnum("scoring", Scoring.class);
            if (scoring.isPresent()) {
                profile = profile.withScoring(scoring.get().strategy);
            }
            if (v.has("percentageOfNodesToScore")) {
                int percent = v.requiredInt("percentageOfNodesToScore", 0, 100);
                profile = profile.withNodesToScore(new NodesToScore(percent));
            }
            Section.SCHEDULER.finish(v);
            plane = plane.withScheduler(profile);
        }
        Optional<ObjectView> clients = c.optionalObject("clients");
        ControlPlane base = plane;
        if (clients.isPresent()) {
            ObjectView v = clients.get();
            RateLimit controller = v.optionalObject("controllerManager").map(l -> limit(l, base.controllerManager()))
                    .orElse(base.controllerManager());
            RateLimit scheduler = v.optionalObject("scheduler").map(l -> limit(l, base.schedulerClient()))
                    .orElse(base.schedulerClient());
            RateLimit kubelet = v.optionalObject("kubelet").map(l -> limit(l, base.kubeletClient()))
                    .orElse(base.kubeletClient());
            Section.CLIENTS.finish(v);
            return new ControlPlane(plane.scheduler(), controller, scheduler, kubelet, plane.apiLatencyNanos());
        }
        return plane;
    }

    private RateLimit limit(ObjectView v, RateLimit defaults) {
        double qps = v.optionalDouble("qps", defaults.perSecond(), 0.001, 1_000_000);
        double burst = v.optionalDouble("burst", defaults.burst(), 1, 1_000_000);
        Section.RATE_LIMIT.finish(v);
        boolean changed = v.has("qps") || v.has("burst");
        return new RateLimit(qps, Math.max(1, burst), changed ? Source.LESSON_SETTING : defaults.source());
    }

    private KubeletSpec kubelet(ObjectView v) {
        KubeletSpec d = KubeletSpec.defaults();
        Cited<Boolean> serial = v.has("serializeImagePulls")
                ? Cited.of(v.requiredBoolean("serializeImagePulls"), Source.LESSON_SETTING) : d.serializeImagePulls();
        RateLimit pulls = v.optionalObject("registryPulls").map(l -> limit(l, d.registryPulls()))
                .orElse(d.registryPulls());
        Cited<Long> sandbox = nanos(v, "sandbox", d.sandboxNanos(), Duration.ZERO);
        Cited<Long> relist = nanos(v, "relistPeriod", d.relistPeriodNanos(), Duration.ZERO);
        Section.KUBELET.finish(v);
        return new KubeletSpec(serial, pulls, sandbox, relist, d.reservation());
    }

    private NodeLifecycle lifecycle(ObjectView v) {
        NodeLifecycle d = NodeLifecycle.defaults();
        NodeLifecycle result = new NodeLifecycle(nanos(v, "gracePeriod", d.gracePeriodNanos(), Duration.ZERO),
                nanos(v, "eviction", d.evictionNanos(), Duration.ZERO));
        Section.NODE_LIFECYCLE.finish(v);
        return result;
    }

    private Optional<NodePool> pool(ObjectView v, KnownNames stackIds) {
        Optional<String> name = Identifiers.word(v, "name", true, "node pool name");
        int before = v.problems().size();
        int nodes = Bounds.limitedCount(v, "nodes", 0, MAX_NODES, "nodes");
        int max = Bounds.optionalLimitedCount(v, "maxNodes", nodes, 0, MAX_NODES, "nodes");
        boolean counted = v.problems().size() == before;
        if (counted && max < nodes) {
            v.problem("maxNodes", "`maxNodes` (" + max + ") cannot be below `nodes` (" + nodes + ")");
        }
        Map<String, String> labels = v.optionalObject("labels").map(ClusterReader::labels).orElse(Map.of());
        List<Taint> taints = new ArrayList<>();
        v.optionalArray("taints").ifPresent(a -> {
            a.requireSize(0, 50);
            a.objects().forEach(t -> taint(t).ifPresent(taints::add));
        });
        List<String> stacks = new ArrayList<>();
        v.optionalArray("stacks").ifPresent(a -> {
            for (JsonNode node : a.nodes()) {
                Names.resolve(node, v.problems(), "stack", id -> stackIds.contains(id) ? Optional.of(id)
                        : Optional.empty(), stackIds.names(), stackIds.complete()).ifPresent(stacks::add);
            }
        });
        Section.NODE_POOL.finish(v);
        return name.filter(n -> counted && max >= nodes).map(n -> new NodePool(n, nodes, max, labels, taints, stacks));
    }

    private static Map<String, String> labels(ObjectView v) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (v.keys().size() > 50) {
            v.problem("a node or pod may carry at most 50 labels here, not " + v.keys().size());
            return labels;
        }
        for (String key : v.keys()) {
            Identifiers.text(v, key, true).ifPresent(value -> labels.put(key, value));
        }
        return labels;
    }

    private Optional<Taint> taint(ObjectView v) {
        Optional<String> key = Identifiers.text(v, "key", true);
        String value = v.optionalString("value").orElse("");
        TaintEffect effect = v.optionalEnum("effect", TaintEffect.class).orElse(TaintEffect.NO_SCHEDULE);
        Section.TAINT.finish(v);
        return key.map(k -> new Taint(k, value, effect));
    }

    private Optional<Toleration> toleration(ObjectView v) {
        String key = v.optionalString("key").orElse("");
        Toleration.Operator operator = v.optionalEnum("operator", Toleration.Operator.class)
                .orElse(v.has("value") ? Toleration.Operator.EQUAL : Toleration.Operator.EXISTS);
        String value = v.optionalString("value").orElse("");
        Optional<TaintEffect> effect = v.optionalEnum("effect", TaintEffect.class);
        Section.TOLERATION.finish(v);
        return Optional.of(new Toleration(key, operator, value, effect));
    }

    private Optional<DeploymentSpec> deployment(ObjectView v) {
        Optional<String> name = Identifiers.word(v, "name", true, "deployment name");
        if (name.isPresent() && deployments.containsKey(name.get())) {
            v.problem("name", "there is already a deployment named " + Quote.name(name.get()));
            name = Optional.empty();
        }
        int replicas = Bounds.limitedCount(v, "replicas", 0, ScenarioLimits.MAX_INSTANCES, "pods");
        Optional<Image> image = v.has("image") ? images.resolve(v, "image", false) : Optional.of(appImage);
        long milliCpu = cpu(v);
        long memory = Bounds.size(v, "memory", DataSize.ofBytes(1), ScenarioLimits.MAX_SIZE).map(DataSize::bytes)
                .orElse(app.resident().value().bytes());
        Map<String, String> selector = v.optionalObject("nodeSelector").map(ClusterReader::labels).orElse(Map.of());
        List<Toleration> tolerations = new ArrayList<>();
        v.optionalArray("tolerations").ifPresent(a -> {
            a.requireSize(0, 50);
            a.objects().forEach(t -> toleration(t).ifPresent(tolerations::add));
        });
        int priority = v.optionalInt("priority", 0, -1_000_000_000, 1_000_000_000);
        RolloutStrategy d = RolloutStrategy.defaults();
        RolloutStrategy strategy = new RolloutStrategy(amount(v, "maxSurge", d.maxSurge()),
                amount(v, "maxUnavailable", d.maxUnavailable()));
        ReadinessProbe probe = v.optionalObject("readinessProbe").map(p -> {
            Optional<Duration> delay = Bounds.duration(p, "initialDelay", Duration.ZERO, ScenarioLimits.MAX_DURATION);
            Optional<Duration> period = Bounds.duration(p, "period", Duration.ofMillis(1), ScenarioLimits.MAX_DURATION);
            Section.READINESS_PROBE.finish(p);
            return ReadinessProbe.of(delay.map(Duration::toNanos), period.map(Duration::toNanos));
        }).orElse(ReadinessProbe.none());
        Cited<Long> readinessDelay = nanos(v, "readinessDelay", Cited.of(0L, Source.ESTIMATE_READINESS_PROBE),
                Duration.ZERO);
        Section.DEPLOYMENT.finish(v);
        if (name.isEmpty() || image.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DeploymentSpec(name.get(), replicas, image.get(), new Resources(milliCpu, memory),
                selector, tolerations, priority, strategy, probe, readinessDelay));
    }

    /** CPU as Kubernetes writes it: cores ({@code 0.25}) or millicores ({@code "250m"}). */
    private static long cpu(ObjectView v) {
        Optional<JsonNode> node = v.node("cpu");
        if (node.isEmpty()) {
            return 100;
        }
        if (node.get() instanceof NumberNode) {
            return Math.round(v.requiredDouble("cpu", 0.001, ScenarioLimits.MAX_CORES) * 1000);
        }
        if (!(node.get() instanceof StringNode)) {
            v.requiredString("cpu");
            return 100;
        }
        String text = v.requiredString("cpu");
        if (text.matches("[0-9]{1,7}m")) {
            long milli = Long.parseLong(text.substring(0, text.length() - 1));
            if (milli >= 1 && milli <= ScenarioLimits.MAX_CORES * 1000L) {
                return milli;
            }
        }
        v.problem("cpu", "`cpu` is cores (0.25) or millicores (\"250m\"), at least 1m and at most "
                + ScenarioLimits.MAX_CORES + " cores, not " + Quote.text(text));
        return 100;
    }

    /** A count ({@code 1}) or a percentage of the replicas ({@code "25%"}). */
    private static Cited<RolloutStrategy.Amount> amount(ObjectView v, String key,
                                                        Cited<RolloutStrategy.Amount> defaults) {
        Optional<JsonNode> node = v.node(key);
        if (node.isEmpty()) {
            return defaults;
        }
        if (node.get() instanceof StringNode text && text.value().matches("[0-9]{1,3}%")) {
            int percent = Integer.parseInt(text.value().substring(0, text.value().length() - 1));
            if (percent <= 100) {
                return Cited.of(new RolloutStrategy.Amount(percent, true), Source.LESSON_SETTING);
            }
        }
        if (node.get() instanceof NumberNode) {
            return Cited.of(new RolloutStrategy.Amount(v.requiredInt(key, 0, ScenarioLimits.MAX_INSTANCES), false),
                    Source.LESSON_SETTING);
        }
        v.problem(key, Quote.name(key) + " is a number of pods (1) or a percentage of the replicas (\"25%\"), not "
                + node.get().describe());
        return defaults;
    }

    private Optional<ClusterEvent> event(ObjectView v) {
        Duration at = Bounds.requiredDuration(v, "at", Duration.ZERO, ScenarioLimits.MAX_HORIZON);
        if (!v.has("action")) {
            v.requiredEnum("action", EventKind.class);
        }
        Optional<EventKind> kind = v.optionalEnum("action", EventKind.class);
        long atNanos = at.toNanos();
        Optional<ClusterEvent> event = Optional.empty();
        if (kind.isPresent()) {
            switch (kind.get()) {
                case SCALE -> {
                    Optional<DeploymentSpec> d = deploymentNamed(v);
                    int to = Bounds.limitedCount(v, "to", 0, ScenarioLimits.MAX_INSTANCES, "pods");
                    event = d.map(x -> new ClusterEvent.Scale(atNanos, x.name(), to));
                }
                case ROLLOUT -> {
                    Optional<DeploymentSpec> d = deploymentNamed(v);
                    Optional<Image> image = images.resolve(v, "image", true);
                    event = d.flatMap(x -> image.map(i -> new ClusterEvent.Rollout(atNanos, x.name(), i)));
                }
                case FAIL_NODE -> {
                    int node = v.requiredInt("node", 1, MAX_NODES);
                    event = Optional.of(new ClusterEvent.FailNode(atNanos, node - 1));
                }
            }
            for (String key : List.of("deployment", "to", "image", "node")) {
                boolean belongs = switch (kind.get()) {
                    case SCALE -> key.equals("deployment") || key.equals("to");
                    case ROLLOUT -> key.equals("deployment") || key.equals("image");
                    case FAIL_NODE -> key.equals("node");
                };
                if (!belongs && v.has(key)) {
                    v.problem(key, Quote.name(key) + " is not a field of a " + Quote.name(
                            EnumNames.of(kind.get())) + " event");
                }
            }
        }
        v.allow("deployment", "to", "image", "node");
        Section.CLUSTER_EVENT.finish(v);
        return event;
    }

    private Optional<DeploymentSpec> deploymentNamed(ObjectView v) {
        Function<String, Optional<DeploymentSpec>> find = name -> Optional.ofNullable(deployments.get(name));
        return Names.resolve(v, "deployment", true, "deployment", find, List.copyOf(deployments.keySet()),
                deploymentsComplete);
    }

    private ClusterAutoscalerSpec autoscaler(ObjectView v) {
        Cited<Long> scan = nanos(v, "scanInterval", Cited.of(10 * SimTime.SECOND, Source.ESTIMATE_CLUSTER_AUTOSCALER),
                Duration.ofMillis(1));
        Section.CLUSTER_AUTOSCALER.finish(v);
        return new ClusterAutoscalerSpec(scan);
    }

    private Optional<HorizontalAutoscalerSpec> horizontal(ObjectView v) {
        Optional<DeploymentSpec> deployment = deploymentNamed(v);
        int min = v.optionalInt("minReplicas", 1, 1, ScenarioLimits.MAX_INSTANCES);
        int max = Bounds.limitedCount(v, "maxReplicas", 1, ScenarioLimits.MAX_INSTANCES, "pods");
        if (max < min) {
            v.problem("maxReplicas", "`maxReplicas` (" + max + ") cannot be below `minReplicas` (" + min + ")");
        }
        double target = v.requiredDouble("targetUtilisation", 0.01, 10);
        Cited<Long> sync = nanos(v, "syncPeriod", Cited.of(15 * SimTime.SECOND, Source.ESTIMATE_HORIZONTAL_AUTOSCALER),
                Duration.ofMillis(1));
        Cited<Long> stabilisation = nanos(v, "stabilisation",
                Cited.of(300 * SimTime.SECOND, Source.ESTIMATE_HORIZONTAL_AUTOSCALER), Duration.ZERO);
        List<HorizontalAutoscalerSpec.LoadPoint> load = new ArrayList<>();
        ArrayView points = v.array("load");
        points.requireSize(1, MAX_LOAD_POINTS);
        long previous = -1;
        for (ObjectView p : points.objects()) {
            Duration at = Bounds.requiredDuration(p, "at", Duration.ZERO, ScenarioLimits.MAX_HORIZON);
            double cores = p.requiredDouble("cores", 0, ScenarioLimits.MAX_CORES * 10_000.0);
            if (at.toNanos() < previous) {
                p.problem("at", "load points must be in time order");
            }
            previous = at.toNanos();
            Section.LOAD_POINT.finish(p);
            load.add(new HorizontalAutoscalerSpec.LoadPoint(at.toNanos(), cores));
        }
        Section.HORIZONTAL_AUTOSCALER.finish(v);
        if (deployment.isEmpty() || max < min || load.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HorizontalAutoscalerSpec(deployment.get().name(), min, max, target, sync,
                stabilisation, Cited.of(0.1, Source.ESTIMATE_HORIZONTAL_AUTOSCALER), load));
    }

    private static Cited<Long> nanos(ObjectView v, String key, Cited<Long> defaults, Duration min) {
        return Bounds.duration(v, key, min, ScenarioLimits.MAX_DURATION)
                .map(d -> Cited.of(d.toNanos(), Source.LESSON_SETTING)).orElse(defaults);
    }
}
