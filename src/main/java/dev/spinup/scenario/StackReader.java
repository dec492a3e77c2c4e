package dev.spinup.scenario;

import dev.spinup.model.host.AdmissionBasis;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.stack.ContainerRuntimeProfile;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmStack;
import dev.spinup.scenario.json.ArrayView;
import dev.spinup.scenario.json.EnumNames;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import dev.spinup.scenario.json.StringNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code stacks} section: each stack has an {@code id}, an optional {@code label} and a {@code kind}
 * ({@code vm}, {@code container}, {@code containers-in-vms} or {@code cloud-vm}) that says which other keys it takes. The node of a
 * containers-in-VMs stack is written in place or names a {@code vm} stack by its id.
 */
final class StackReader {

    /** The kinds of stack a file can write, with the keys each takes besides id, label and kind. */
    enum Form {
        VM(VmStackReader.KEYS),
        CONTAINER(ContainerStackReader.KEYS),
        CONTAINERS_IN_VMS(List.of("node", "runtime", "era", "containersPerNode", "overrides")),
        CLOUD_VM(CloudVmStackReader.KEYS);

        final List<String> keys;

        Form(List<String> keys) {
            this.keys = keys;
        }
    }

    /** A stack read, with the object it came from (later checks point into it). */
    record ReadStack(StackChoice choice, ObjectView view) {
    }

    /** What one stack object gave: a stack, or a containers-in-VMs stack still waiting for the node it names. */
    private sealed interface Draft {
    }

    private record Built(ReadStack stack) implements Draft {
    }

    private record NeedsNode(String id, Optional<String> label, ContainerStack inner, int perNode,
                             StringNode reference, ObjectView view, Optional<AdmissionBasis> admitBy)
            implements Draft {
    }

    private static final int MAX_CONTAINERS_PER_NODE = 10_000;

    /** The first host: overridden phases are retimed on its disk and network. */
    private final HostSpec host;

    private StackReader(HostSpec host) {
        this.host = host;
    }

    static List<ReadStack> read(ArrayView array, HostSpec host) {
        return new StackReader(host).readAll(array);
    }

    private List<ReadStack> readAll(ArrayView array) {
        array.requireSize(1, ScenarioLimits.MAX_STACKS);
        List<Draft> drafts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ObjectView v : array.objects()) {
            Optional<String> id = Identifiers.word(v, "id", true, "stack id");
            if (id.isPresent() && !ids.add(id.get())) {
                v.problem("id", "the stack id " + Quote.name(id.get()) + " is already used by another stack; give"
                        + " each stack its own id");
            }
            Optional<Draft> draft = draft(v, id.orElse(""));
            Section.STACK.finish(v);
            if (id.isPresent()) {
                draft.ifPresent(drafts::add);
            }
        }
        List<StackChoice> built = drafts.stream().filter(Built.class::isInstance)
                .map(d -> ((Built) d).stack().choice()).toList();
        List<ReadStack> stacks = new ArrayList<>();
        for (Draft draft : drafts) {
            if (draft instanceof Built b) {
                stacks.add(b.stack());
            } else if (draft instanceof NeedsNode n) {
                resolve(n, built).ifPresent(stacks::add);
            }
        }
        return stacks;
    }

    private Optional<Draft> draft(ObjectView v, String id) {
        Optional<String> label = Identifiers.label(v, "label");
        if (!v.has("kind")) {
            v.requiredEnum("kind", Form.class);
        }
        Optional<Form> form = v.optionalEnum("kind", Form.class);
        if (form.isEmpty()) {
            v.allow(Section.STACK.keys().toArray(String[]::new));
            return Optional.empty();
        }
        rejectForeignKeys(v, form.get());
        // Read before the kind's own keys, so that a stack whose other values fail still knows admitBy as a field.
        Optional<AdmissionBasis> admitBy = v.optionalEnum("admitBy", AdmissionBasis.class);
        return switch (form.get()) {
            case VM -> VmStackReader.read(v, label, host).map(vm -> built(id, vm, v, admitBy));
            case CONTAINER -> ContainerStackReader.runtime(v, host)
                    .map(r -> built(id, new ContainerStack(label.orElse(r.name()), r), v, admitBy));
            case CONTAINERS_IN_VMS -> containersInVms(v, id, label, admitBy);
            case CLOUD_VM -> CloudVmStackReader.read(v, label, host).map(vm -> built(id, vm, v, admitBy));
        };
    }

    /** A stack read whole, with what its platform admits by if it says (the same hardware then counts memory its way). */
    private static Draft built(String id, StackSpec spec, ObjectView v, Optional<AdmissionBasis> admitBy) {
        return new Built(new ReadStack(new StackChoice(id, spec, admitBy), v));
    }

    /** Keys that belong to another kind of stack are reported as such, not as unknown. */
    private static void rejectForeignKeys(ObjectView v, Form form) {
        Set<String> foreign = new LinkedHashSet<>();
        for (Form other : Form.values()) {
            foreign.addAll(other.keys);
        }
        foreign.removeAll(form.keys);
        for (String key : foreign) {
            if (v.node(key).isPresent()) {
                v.problem(key, Quote.name(key) + " is not a field of a " + Quote.name(EnumNames.of(form))
                        + " stack");
            }
        }
    }

    private Optional<Draft> containersInVms(ObjectView v, String id, Optional<String> label,
                                            Optional<AdmissionBasis> admitBy) {
        Optional<JsonNode> nodeValue = v.node("node");
        Optional<StringNode> reference = nodeValue.filter(StringNode.class::isInstance).map(StringNode.class::cast);
        Optional<VmStack> inline = Optional.empty();
        if (reference.isEmpty()) {
            ObjectView node = v.object("node");
            inline = VmStackReader.read(node, Identifiers.label(node, "label"), host);
            if (node.isPresent()) {
                Section.NODE.finish(node);
            }
        }
        Optional<ContainerRuntimeProfile> runtime = ContainerStackReader.runtime(v, host);
        int perNode = v.requiredInt("containersPerNode", 1, MAX_CONTAINERS_PER_NODE);
        if (runtime.isEmpty() || !v.has("containersPerNode")) {
            return Optional.empty();
        }
        ContainerStack inner = new ContainerStack(runtime.get().name(), runtime.get());
        if (reference.isPresent()) {
            return Optional.of(new NeedsNode(id, label, inner, perNode, reference.get(), v, admitBy));
        }
        return inline.map(node -> built(id, nested(label, node, inner, perNode), v, admitBy));
    }

    private static ContainersInVmStack nested(Optional<String> label, VmStack node, ContainerStack inner,
                                              int perNode) {
        return new ContainersInVmStack(label.orElse(inner.label() + " in " + node.label()), node, inner, perNode);
    }

    private static Optional<ReadStack> resolve(NeedsNode n, List<StackChoice> built) {
        String name = n.reference().value();
        Optional<StackChoice> target = built.stream().filter(s -> s.id().equals(name)).findFirst();
        if (target.isEmpty()) {
            n.view().problems().add(n.reference(), Names.unknown("stack", name,
                    built.stream().map(StackChoice::id).toList()));
            return Optional.empty();
        }
        if (!(target.get().spec() instanceof VmStack node)) {
            n.view().problems().add(n.reference(), "`node` must name a `vm` stack; " + Quote.name(name) + " is a "
                    + target.get().spec().kind().label() + " stack");
            return Optional.empty();
        }
        return Optional.of(new ReadStack(new StackChoice(n.id(), nested(n.label(), node, n.inner(), n.perNode()), n.admitBy()),
                n.view()));
    }
}
