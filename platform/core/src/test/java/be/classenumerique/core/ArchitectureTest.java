package be.classenumerique.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module rules of ARCHITECTURE.md, held by the build. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.classenumerique.core");

    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.classenumerique.api");

    @Test
    void theCoreKnowsNeitherVaadinNorSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "org.springframework..")
                .check(CORE);
    }

    @Test
    void domainPackagesHoldNoPersistence() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.mongodb..", "org.bson..", "org.apache.lucene..", "..service..")
                .check(CORE);
    }

    @Test
    void theApiKnowsNoPlatformInternals() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "be.classenumerique.core..",
                        "be.classenumerique.app..",
                        "com.mongodb..",
                        "org.springframework..")
                .check(API);
    }

    @Test
    void onlyTheApisUiPackageSeesVaadin() {
        noClasses()
                .that()
                .resideOutsideOfPackage("be.classenumerique.api.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..")
                .check(API);
    }
}
