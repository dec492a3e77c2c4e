package dev.spinup.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** The package rules of docs/architecture.md, stated once and checked on every build. */
@AnalyzeClasses(packages = "dev.spinup", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("dev.spinup..")
            .withOptionalLayers(true)
            .layer("Launcher").definedBy("dev.spinup")
            .layer("Engine").definedBy("dev.spinup.engine..")
            .layer("Model").definedBy("dev.spinup.model..")
            .layer("Orchestration").definedBy("dev.spinup.orchestration..")
            .layer("Scenario").definedBy("dev.spinup.scenario..")
            .layer("Run").definedBy("dev.spinup.run..")
            .layer("Lesson").definedBy("dev.spinup.lesson..")
            .layer("Report").definedBy("dev.spinup.report..")
            .layer("Cli").definedBy("dev.spinup.cli..")
            .layer("App").definedBy("dev.spinup.app..")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Cli", "App")
            .whereLayer("Lesson").mayOnlyBeAccessedByLayers("Report", "Cli", "App")
            .whereLayer("Run").mayOnlyBeAccessedByLayers("Lesson", "Report", "Cli", "App")
            .whereLayer("Scenario").mayOnlyBeAccessedByLayers("Run", "Lesson", "Report", "Cli", "App")
            .whereLayer("Orchestration").mayOnlyBeAccessedByLayers("Scenario", "Run", "Lesson", "Report", "Cli",
                    "App")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Orchestration", "Scenario", "Run", "Lesson", "Report",
                    "Cli", "App")
            .whereLayer("Engine").mayOnlyBeAccessedByLayers("Model", "Orchestration", "Scenario", "Run", "Lesson",
                    "Report", "Cli", "App");

    @ArchTest
    static final ArchRule engineUsesTheJdkOnly = classes().that().resideInAPackage("dev.spinup.engine..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.spinup.engine..", "java..")
            .because("the engine knows nothing of the domain, the screen or files");

    @ArchTest
    static final ArchRule engineAndModelStayPure = noClasses()
            .that().resideInAnyPackage("dev.spinup.engine..", "dev.spinup.model..", "dev.spinup.orchestration..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                    "com.google.gson..", "org.jfree..", "picocli..", "java.nio.file..", "java.net..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.File(Input|Output)Stream|java\\.io\\.File(Reader|Writer)"
                    + "|java\\.io\\.RandomAccessFile|java\\.nio\\.channels\\.(File|Asynchronous\\w*)Channel")
            // PrintWriter and PrintStream are fine over a Writer or stream; given a file name, they open a file
            .orShould().callConstructorWhere(opensAFileByName())
            .because("the model is pure: no UI toolkit, no JSON library, no files or network")
            .allowEmptyShould(true);

    /** The constructors of PrintWriter, PrintStream and Formatter that take a file name (String) or a File. */
    static DescribedPredicate<JavaConstructorCall> opensAFileByName() {
        return DescribedPredicate.describe("opens a file by name", call -> {
            String owner = call.getTarget().getOwner().getFullName();
            List<String> parameters = call.getTarget().getRawParameterTypes().stream().map(JavaClass::getFullName)
                    .toList();
            return List.of("java.io.PrintWriter", "java.io.PrintStream", "java.util.Formatter").contains(owner)
                    && !parameters.isEmpty()
                    && List.of("java.lang.String", "java.io.File").contains(parameters.get(0));
        });
    }

    @ArchTest
    static final ArchRule onlyTheAppTouchesJavaFx = noClasses()
            .that().resideOutsideOfPackages("dev.spinup.app..", "dev.spinup")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
            .because("charts are built without JavaFX so that export and the screen share them")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule gsonStaysInScenarioFiles = noClasses()
            .that().resideOutsideOfPackages("dev.spinup.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.gson..")
            .because("only the scenario reader knows the file format")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule lessonTextsNeedNoDrawing = noClasses().that().resideInAPackage("dev.spinup.lesson..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..", "java.awt..", "javax.swing..",
                    "javafx..", "dev.spinup.report..")
            .because("the app and the command line render the same lesson texts without any chart library");

    @ArchTest
    static final ArchRule picocliStaysInTheCli = noClasses()
            .that().resideOutsideOfPackages("dev.spinup.cli..", "dev.spinup")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule orchestrationUsesOnlyEngineAndModel = classes()
            .that().resideInAPackage("dev.spinup.orchestration..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.spinup.orchestration..", "dev.spinup.engine..", "dev.spinup.model..", "java..")
            .because("the control plane drives the model; scenarios, runs and reports drive it, never the reverse");

    @ArchTest
    static final ArchRule thePlayerIsPlainJava = noClasses().that().resideInAPackage("dev.spinup.app.player..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree..", "java.awt..",
                    "dev.spinup.app.viewmodel..", "dev.spinup.app.view..")
            .because("the player (clock, trace cursor, state at t, narration) is tested without a screen");

    @ArchTest
    static final ArchRule viewModelsHoldNoControls = noClasses().that().resideInAPackage("dev.spinup.app.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.jfree.chart.fx..",
                    "dev.spinup.app.view..")
            .because("view models expose properties and commands; views bind to them, never the other way round");
}
