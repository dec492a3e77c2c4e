package dev.spinup.run;

import dev.spinup.model.DataSize;
import dev.spinup.model.profiles.Apps;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.ContainerRuntimes;
import dev.spinup.model.profiles.GuestSystems;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.model.profiles.Hypervisors;
import dev.spinup.model.profiles.Images;
import dev.spinup.model.runtime.PlacementPolicy;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.VmShape;
import dev.spinup.model.stack.VmStack;
import dev.spinup.scenario.Arrival;
import dev.spinup.scenario.ChartKind;
import dev.spinup.scenario.HostGroup;
import dev.spinup.scenario.LessonInfo;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.StackChoice;
import dev.spinup.scenario.TimedAction;
import dev.spinup.scenario.Workload;
import java.util.List;
import java.util.Optional;

/** Scenarios built in code for the run tests, independent of the file format. */
final class TestScenarios {

    static final StackChoice KVM = new StackChoice("vm", new VmStack("KVM + Ubuntu", Hypervisors.KVM_QEMU,
            GuestSystems.UBUNTU_CLOUD, new VmShape(2, DataSize.ofGiB(2)), Optional.empty()));
    static final StackChoice FIRECRACKER = new StackChoice("fc", new VmStack("Firecracker", Hypervisors.FIRECRACKER,
            GuestSystems.MINIMAL_LINUX, new VmShape(1, DataSize.ofMiB(128)), Optional.empty()));
    static final StackChoice DOCKER = new StackChoice("docker",
            new ContainerStack("Docker", ContainerRuntimes.DOCKER_RUNC));

    private TestScenarios() {
    }

    static Scenario scenario(List<StackChoice> stacks, int instances, Arrival arrival, int replications,
                             List<TimedAction> timeline, boolean warm) {
        return new Scenario(Scenario.SCHEMA_VERSION,
                new LessonInfo("test", "a scenario built in code", List.of("check the runner"), "?", "!"),
                42, replications, List.of(new HostGroup("host", 1, Hardware.CLASSROOM_HOST.value())),
                Catalogue.REGISTRY.value(), Catalogue.DOCKER_PULLS.value(), stacks,
                new Workload(Apps.NGINX, Images.NGINX, instances, arrival, PlacementPolicy.FIRST_FIT,
                        warm ? List.of(Images.NGINX) : List.of()),
                timeline, List.of(ChartKind.READY_OVER_TIME), Optional.empty());
    }

    static Scenario hello() {
        return scenario(List.of(KVM, DOCKER), 1, new Arrival.AllAtOnce(), 1, List.of(), true);
    }
}
