package dev.spinup.model.catalogue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CatalogueDependencyTest {

    @Test
    void catalogueUsesTheJdkCoreOnly() {
        JavaClasses catalogue = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("dev.spinup.model.catalogue");

        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java.lang..", "java.util..", "dev.spinup.model.catalogue..")
                .because("the model is JDK-only and reads no files (ARCHITECTURE.md)")
                .check(catalogue);
    }
}
