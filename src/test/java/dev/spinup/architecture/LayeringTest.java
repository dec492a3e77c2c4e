package dev.spinup.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
            .layer("Report").definedBy("dev.spinup.report..")
            .layer("Cli").definedBy("dev.spinup.cli..")
            .layer("App").definedBy("dev.spinup.app..")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Cli", "App")
            .whereLayer("Run").mayOnlyBeAccessedByLayers("Report", "Cli", "App")
            .whereLayer("Scenario").mayOnlyBeAccessedByLayers("Run", "Report", "Cli", "App")
            .whereLayer("Orchestration").mayOnlyBeAccessedByLayers("Scenario", "Run", "Report", "Cli", "App")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Orchestration", "Scenario", "Run", "Report", "Cli", "App")
            .whereLayer("Engine").mayOnlyBeAccessedByLayers("Model", "Orchestration", "Scenario", "Run", "Report",
                    "Cli", "App");

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
            .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.File(Input|Output)Stream|java\\.io\\.File(Reader|Writer)")
            .because("the model is pure: no UI toolkit, no JSON library, no files or network")
            .allowEmptyShould(true);

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
