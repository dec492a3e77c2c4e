package dev.spinup.cli;

import dev.spinup.lesson.InstanceExplanation;
import dev.spinup.lesson.Narration;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.RunOptions;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spinup explain}: one instance's start, phase by phase, with the reasons and sources behind each. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Run a scenario once and explain one instance's start phase by phase: how long, why, and"
                + " where the figures come from. Without INSTANCE: the typical instance of every stack.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in lesson or a scenario file.")
    String scenario;

    @Parameters(index = "1", arity = "0..1", paramLabel = "INSTANCE",
            description = "An instance's id as the run names it (e.g. vm-1, container-12), or a stack's id for its"
                    + " typical instance.")
    Optional<String> instance;

    @Option(names = "--slowest", description = "The slowest instance instead of the typical one.")
    boolean slowest;

    @Option(names = "--seed", paramLabel = "N", description = "Use this seed instead of the scenario's.")
    Optional<Long> seed;

    @Override
    public Integer call() throws Exception {
        Scenario chosen = ScenarioArgument.load(scenario).scenario().withReplications(1);
        if (seed.isPresent()) {
            chosen = chosen.withSeed(seed.get());
        }
        RunResult result = new Runner(RunOptions.DEFAULT).run(chosen);
        PrintWriter out = spec.commandLine().getOut();
        if (instance.isPresent()) {
            Optional<InstanceResult> found = find(result, instance.get());
            if (found.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no instance or stack `"
                        + instance.get() + "` in " + scenario + "; stacks: " + result.arms().stream()
                        .map(a -> a.stack().id()).collect(Collectors.joining(", ")) + "; instances are named like "
                        + result.arms().get(0).instances().stream().findFirst().map(i -> i.id().toString())
                        .orElse("vm-1"));
            }
            print(out, found.get());
            return 0;
        }
        for (ArmResult arm : result.arms()) {
            Optional<InstanceResult> chosenInstance = slowest ? Narration.slowest(arm) : Narration.typical(arm);
            out.println("== " + arm.stack().label() + (slowest ? ": the slowest instance" : ": a typical instance"));
            chosenInstance.ifPresentOrElse(i -> print(out, i), () -> out.println("no instance became ready"));
            out.println();
        }
        return 0;
    }

    private Optional<InstanceResult> find(RunResult result, String name) {
        for (ArmResult arm : result.arms()) {
            if (arm.stack().id().equals(name)) {
                return slowest ? Narration.slowest(arm) : Narration.typical(arm);
            }
            List<InstanceResult> all = arm.instances();
            for (InstanceResult i : all) {
                if (i.id().toString().equals(name)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    private static void print(PrintWriter out, InstanceResult instance) {
        for (String line : InstanceExplanation.lines(instance)) {
            out.println(line);
        }
    }
}
