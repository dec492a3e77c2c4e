package dev.spinup.model.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.Completion;
import dev.spinup.engine.SimTime;
import dev.spinup.engine.Simulation;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layer-order lesson: what a source edit costs depends on whether dependencies are installed before it. */
class ImageBuilderTest {

    private static final DataRate DISK = DataRate.ofMegabytesPerSecond(500);
    private static final Image NODE = Image.builder("node:20")
            .layer("ADD rootfs", DataSize.ofMB(40), DataSize.ofMB(110))
            .layer("RUN install node", DataSize.ofMB(45), DataSize.ofMB(150)).build();
    private static final Duration NPM_CPU = Duration.ofSeconds(40);
    private static final DataSize NODE_MODULES = DataSize.ofMB(200);
    private static final DataSize SOURCES = DataSize.ofMB(50);
    private static final DataSize MANIFESTS = DataSize.ofBytes(100_000);

    private static final BuildStep WORKDIR = new BuildStep.Metadata("WORKDIR /app");
    private static final BuildStep NPM_INSTALL = new BuildStep.Run("npm install", NPM_CPU, NODE_MODULES);
    private static final BuildStep CMD = new BuildStep.Metadata("CMD [\"node\", \"server.js\"]");

    private static BuildStep sources(String version) {
        return new BuildStep.Copy(". .", "src-" + version, SOURCES);
    }

    private static BuildStep packageJson(String version) {
        return new BuildStep.Copy("package.json package-lock.json ./", "pkg-" + version, MANIFESTS);
    }

    /** COPY . . before npm install: any source edit reinstalls every dependency. */
    private static Dockerfile naive(String src) {
        return Dockerfile.from(NODE, WORKDIR, sources(src), NPM_INSTALL, CMD);
    }

    /** package.json first, install, then the sources: an edit only recopies the sources. */
    private static Dockerfile ordered(String pkg, String src) {
        return Dockerfile.from(NODE, WORKDIR, packageJson(pkg), NPM_INSTALL, sources(src), CMD);
    }

    private final Simulation sim = new Simulation();
    private final TestHost host = new TestHost(sim, "laptop", 8, DISK, DataRate.ofGigabitsPerSecond(1),
            DataSize.ofGB(50), new Registry(sim, RegistrySpec.of("hub", DataRate.ofGigabitsPerSecond(10))),
            PullerConfig.DOCKER);
    private final ImageBuilder builder = new ImageBuilder(sim, "laptop", host.cpu, host.disk, host.cache,
            new BuildCache());

    ImageBuilderTest() {
        host.cache.preload(NODE);
    }

    private BuildReport build(Dockerfile dockerfile, String tag) {
        return TestHost.runFor(sim, builder.build(dockerfile, tag));
    }

    private static long write(DataSize size) {
        return (long) Math.ceil(size.bytes() / DISK.bytesPerNano());
    }

    private static final BuildKitCosts KIT = BuildKitCosts.DEFAULT;

    /** RUN: its container started, then its single-core CPU time and its output write side by side, snapshotted. */
    private static long npmInstall() {
        return KIT.runContainer().value().toNanos() + KIT.snapshot().value().toNanos()
                + Math.max(NPM_CPU.toNanos(), write(NODE_MODULES));
    }

    /** COPY: its snapshot and the write of its files. */
    private static long copy(DataSize size) {
        return KIT.snapshot().value().toNanos() + write(size);
    }

    /** BuildKit's work around the steps: definition, base metadata, the new context, a check per step, export. */
    private static long around(DataSize newContext, int steps) {
        return KIT.prepareNanos(newContext, steps) + KIT.export().value().toNanos();
    }

    private static List<StepOutcome> outcomes(BuildReport report) {
        return report.steps().stream().map(StepResult::outcome).toList();
    }

    @Test
    void aFirstBuildExecutesEveryStepAndAnUnchangedRebuildTakesAllFromTheCache() {
        BuildReport first = build(naive("v1"), "app:1");
        assertEquals(List.of(StepOutcome.EXECUTED, StepOutcome.EXECUTED, StepOutcome.EXECUTED,
                StepOutcome.EXECUTED), outcomes(first));
        assertEquals(around(SOURCES, 4) + copy(SOURCES) + npmInstall(), first.totalNanos());
        assertEquals(around(SOURCES, 4), first.buildKitNanos());
        assertEquals(NODE.layerCount() + 2, first.image().layerCount(), "WORKDIR and CMD make no layer");
        assertTrue(host.cache.hasImage(first.image()), "the built image can run here without a pull");

        BuildReport again = build(naive("v1"), "app:1");
        assertEquals(4, again.stepsCached());
        assertEquals(around(DataSize.ZERO, 4), again.totalNanos(), "cached steps take no time of their own");
        assertTrue(again.totalNanos() > 500 * SimTime.MILLISECOND && again.totalNanos() < 2 * SimTime.SECOND,
                "a fully cached rebuild takes about a second of BuildKit's own work, as docker build does: "
                        + SimTime.format(again.totalNanos()));
        assertEquals(first.image(), again.image());
        assertTrue(again.explanation().contains("all 4 steps came from the build cache"), again.explanation());
    }

    @Test
    void editingSourcesCopiedBeforeNpmInstallReinstallsButCopyingPackageJsonFirstKeepsTheInstallCached() {
        build(naive("v1"), "naive:1");
        BuildReport naiveEdit = build(naive("v2"), "naive:2");
        assertEquals(List.of(StepOutcome.CACHED, StepOutcome.EXECUTED, StepOutcome.EXECUTED, StepOutcome.EXECUTED),
                outcomes(naiveEdit), "the changed COPY and everything after it are rebuilt");
        assertEquals(around(SOURCES, 4) + copy(SOURCES) + npmInstall(), naiveEdit.totalNanos());

        build(ordered("v1", "v1"), "ordered:1");
        BuildReport orderedEdit = build(ordered("v1", "v2"), "ordered:2");
        assertEquals(List.of(StepOutcome.CACHED, StepOutcome.CACHED, StepOutcome.CACHED, StepOutcome.EXECUTED,
                StepOutcome.EXECUTED), outcomes(orderedEdit), "npm install stays cached");
        assertEquals(around(DataSize.ZERO, 5) + copy(SOURCES), orderedEdit.totalNanos(),
                "the edited sources were sent to the builder by the naive build already");

        assertTrue(naiveEdit.totalNanos() > 30 * orderedEdit.totalNanos(),
                SimTime.format(naiveEdit.totalNanos()) + " vs " + SimTime.format(orderedEdit.totalNanos()));
        assertTrue(naiveEdit.explanation().contains("step 2 (COPY . .) missed the cache, so it and the 2 steps"),
                naiveEdit.explanation());

        BuildReport newDependency = build(ordered("v2", "v2"), "ordered:3");
        assertEquals(StepOutcome.EXECUTED, newDependency.steps().get(2).outcome(),
                "a changed package.json does reinstall");
        assertEquals(around(MANIFESTS, 5) + copy(MANIFESTS) + npmInstall() + copy(SOURCES),
                newDependency.totalNanos());
    }

    @Test
    void anUnchangedStepAfterAChangedOneIsRebuiltEvenIfItsResultWouldBeTheSame() {
        build(naive("v1"), "app:1");
        // A changed WORKDIR: nothing of it is cached, so the COPY after it is rebuilt too.
        Dockerfile moved = naive("v1").withStep(0, new BuildStep.Metadata("WORKDIR /srv"));
        BuildReport report = build(moved, "app:2");
        assertEquals(0, report.stepsCached());
        assertEquals(1, report.firstExecuted().orElseThrow().number());
    }

    @Test
    void theSameRecipeGivesTheSameImageOnAnotherHost() {
        Image here = build(ordered("v1", "v1"), "app:1").image();
        Simulation elsewhere = new Simulation();
        TestHost other = new TestHost(elsewhere, "ci", 2, DISK, DataRate.ofGigabitsPerSecond(1), DataSize.ofGB(50),
                new Registry(elsewhere, RegistrySpec.of("hub", DataRate.ofGigabitsPerSecond(10))), PullerConfig.DOCKER);
        other.cache.preload(NODE);
        ImageBuilder ci = new ImageBuilder(elsewhere, "ci", other.cpu, other.disk, other.cache, new BuildCache());
        BuildReport there = TestHost.runFor(elsewhere, ci.build(ordered("v1", "v1"), "app:1"));
        assertEquals(here, there.image());
        assertEquals(here.layers().subList(0, 2), NODE.layers());
    }

    @Test
    void aBuildNeedsItsBaseImageOnTheHost() {
        Image missing = Image.builder("python:3.12").layer("ADD rootfs", DataSize.ofMB(30), DataSize.ofMB(90))
                .build();
        List<Throwable> failures = new ArrayList<>();
        Completion<BuildReport> build = builder.build(Dockerfile.from(missing, CMD), "py:1");
        build.whenDone(done -> failures.add(done.failure()));
        sim.run();
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).getMessage().contains("base image python:3.12 is not on this host"));
    }
}
