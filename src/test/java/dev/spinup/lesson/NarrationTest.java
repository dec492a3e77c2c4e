package dev.spinup.lesson;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.Runner;
import dev.spinup.scenario.Lessons;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sentences about an instance, read from a real run of a lesson. */
class NarrationTest {

    private static final Pattern SHARING = Pattern.compile("sharing the (\\w+)");

    @Test
    void twoPhasesSlowedBySharingTheSameResourceAreOneClauseNamingEachPhase() throws Exception {
        List<String> merged = new ArrayList<>();
        for (ArmResult arm : new Runner().run(Lessons.load("reserved-vs-in-use").scenario()).arms()) {
            for (InstanceResult instance : arm.instances()) {
                String sentence = Narration.sentence(instance);
                List<String> resources = new ArrayList<>();
                Matcher m = SHARING.matcher(sentence);
                while (m.find()) {
                    assertFalse(resources.contains(m.group(1)), "said twice: " + sentence);
                    resources.add(m.group(1));
                }
                if (sentence.matches(".*sharing the \\w+ [^;]*, and [^;]* in [^;]*\\.")) {
                    merged.add(sentence);
                    // the clause names phases the instance really went through
                    long named = instance.phases().stream().map(PhaseRecord::kind).map(k -> k.label()).distinct()
                            .filter(label -> sentence.contains(" in " + label)).count();
                    assertTrue(named >= 1, sentence);
                }
            }
        }
        assertTrue(merged.stream().anyMatch(s -> s.startsWith("vm-5 ")
                && s.matches(".*lost \\S+ \\S+ sharing the disk with about \\d+ others? in [a-z ]+, and \\S+ \\S+"
                        + " with about \\d+ others? in [a-z ]+\\.")), String.join("\n", merged));
    }
}
