package dev.spinup.model.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    /** A sentence break: end punctuation, a space, then a capital letter. */
    private static final Pattern SECOND_SENTENCE = Pattern.compile("[.!?] +[A-Z]");

    @Test
    void tagsAreTheOnesCalibrationMdUses() {
        // calibration.md's four tags, plus [L] for values a lesson's author sets in the scenario file.
        assertEquals(List.of("[P]", "[D]", "[S]", "[E]", "[L]"),
                Stream.of(Evidence.values()).map(Evidence::tag).toList());
        for (Evidence evidence : Evidence.values()) {
            assertEquals(evidence.name().charAt(0), evidence.letter(), evidence + " letter");
        }
    }

    @Test
    void everyMeaningIsOneSentenceAStudentCanRead() {
        for (Evidence evidence : Evidence.values()) {
            String meaning = evidence.meaning();
            assertTrue(meaning.endsWith("."), evidence + " meaning should end a sentence: " + meaning);
            assertFalse(SECOND_SENTENCE.matcher(meaning).find(), evidence + " meaning has two sentences: " + meaning);
            assertFalse(meaning.contains("[" + evidence.letter() + "]"), "meaning should not lean on the tag");
            assertFalse(evidence.label().isBlank());
        }
    }
}
