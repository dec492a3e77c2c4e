package dev.spinup.scenario.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The placeholder grammar on texts of scenarios the reader could not fully read. */
class TextTemplateTest {

    /** Found by ScenarioReaderProperties: a lesson edited down to no stacks crashed the text check. */
    @Test
    void aStackFigureInAScenarioWithoutStacksIsOneProblemNotACrash() {
        TextTemplate template = TextTemplate.parse("The VM took {startup}.", List.of(), false);

        assertEquals(1, template.issues().size(), template.issues().toString());
        TextIssue issue = template.issues().get(0);
        assertTrue(issue.error());
        assertTrue(issue.message().contains("no stacks"), issue.message());
    }
}
