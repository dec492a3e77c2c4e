package dev.spinup.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.spinup.model.fixture.FileWritingModel;
import org.junit.jupiter.api.Test;

/** The purity rule catches every way a model class could write a file, and only those. */
class LayeringRuleTest {

    @Test
    void randomAccessFileAndPrintWriterOverAFileNameBreakTheRule() {
        assertTrue(LayeringTest.engineAndModelStayPure.evaluate(new ClassFileImporter()
                .importClasses(FileWritingModel.ThroughRandomAccessFile.class)).hasViolation());
        assertTrue(LayeringTest.engineAndModelStayPure.evaluate(new ClassFileImporter()
                .importClasses(FileWritingModel.ThroughPrintWriterFileName.class)).hasViolation());
    }

    @Test
    void aPrintWriterOverAStringWriterIsFine() {
        assertFalse(LayeringTest.engineAndModelStayPure.evaluate(new ClassFileImporter()
                .importClasses(FileWritingModel.InMemory.class)).hasViolation());
    }
}
