package dev.spinup.app.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Predict before play, observe, explain at the end. */
class LessonFlowTest {

    @Test
    void playIsRefusedUntilAPredictionIsCommittedAndTheEndMovesToExplain() {
        LessonFlow flow = new LessonFlow();
        assertEquals(LessonStep.PREDICT, flow.step());
        assertFalse(flow.mayPlay());
        flow.reachedEnd();
        assertEquals(LessonStep.PREDICT, flow.step(), "nothing is explained before anything was observed");
        flow.commit(new Prediction("about a minute"));
        assertTrue(flow.mayPlay());
        assertEquals(LessonStep.OBSERVE, flow.step());
        flow.reachedEnd();
        assertEquals(LessonStep.EXPLAIN, flow.step());
        assertEquals("about a minute", flow.prediction().orElseThrow().answer());
        flow.restart();
        assertEquals(LessonStep.PREDICT, flow.step());
        assertTrue(flow.prediction().isEmpty());
    }

    @Test
    void theTeacherMaySkipAndABlankAnswerIsNoPrediction() {
        LessonFlow flow = new LessonFlow();
        assertThrows(IllegalArgumentException.class, () -> new Prediction("  "));
        flow.skipPrediction();
        assertTrue(flow.mayPlay());
        assertTrue(flow.predictionSkipped());
        assertTrue(flow.prediction().isEmpty());
    }
}
