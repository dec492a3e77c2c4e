package dev.spinup.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same lessons give the same bytes in two separate JVMs that differ in everything that may leak into output:
 * the per-JVM salt of {@code Map.of}/{@code Set.of} iteration (every JVM draws its own), identity hash codes
 * ({@code -XX:hashCode=2} makes them all equal), the number of processors (1 against the machine's), the locale
 * (Turkish, whose dotless i breaks naive case mapping; German decimal commas) and the time zone (UTC+13:45 against
 * UTC). A run twice in one JVM cannot see any of these, so this test starts its own.
 */
class CrossJvmDeterminismTest {

    /** The density lesson's summary once differed between JVMs; the others cover builds, storms and node VMs. */
    private static final List<String> LESSONS = List.of("density", "docker-build", "control-plane");

    @TempDir
    Path dir;

    @Test
    void lessonsGiveTheSameCsvSvgAndPdfBytesInDifferentJvms() throws Exception {
        // both JVMs at once: the machine's two cores make the test take one JVM's time
        Export a = start("a", "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC");
        Export b = start("b", "-XX:ActiveProcessorCount=1", "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2",
                "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Chatham",
                "-Duser.language.format=de", "-Duser.country.format=DE");
        Path left = a.await();
        Path right = b.await();
        List<Path> files = files(left);
        assertEquals(files, files(right), "the same files");
        assertTrue(files.size() > 4 * 3, files.toString());
        List<Path> differing = new ArrayList<>();
        for (Path relative : files) {
            if (!Arrays.equals(Files.readAllBytes(left.resolve(relative)), Files.readAllBytes(right.resolve(relative)))) {
                differing.add(relative);
            }
        }
        assertEquals(List.of(), differing, "files whose bytes differ between the JVMs");
    }

    /** One exporting JVM, started. */
    private record Export(Process process, Path out, Path log) {
        Path await() throws IOException, InterruptedException {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the export JVM did not finish");
            }
            assertEquals(0, process.exitValue(), Files.readString(log));
            return out;
        }
    }

    private Export start(String name, String... jvmOptions) throws IOException {
        Path out = dir.resolve(name);
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                LessonExport.class.getName(), out.toString()));
        command.addAll(LESSONS);
        return new Export(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(),
                out, log);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
