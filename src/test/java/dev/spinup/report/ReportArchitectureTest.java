package dev.spinup.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The report package draws with AWT and JFreeChart only, so the CLI can export with no JavaFX at all. */
class ReportArchitectureTest {

    private static final JavaClasses REPORT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.spinup.report");

    @Test
    void reportNeverImportsJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
                .check(REPORT);
    }

    @Test
    void stylesDoNotDependOnExportOrDiagram() {
        noClasses().that().resideInAPackage("dev.spinup.report.style..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.spinup.report.export..",
                        "dev.spinup.report.diagram..")
                .check(REPORT);
    }
}
