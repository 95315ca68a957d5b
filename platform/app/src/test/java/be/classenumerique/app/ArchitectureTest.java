package be.classenumerique.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The app's and the plugins' side of the rules in ARCHITECTURE.md. */
class ArchitectureTest {

    @Test
    void pluginsSeeOnlyThePlatformApi() throws IOException {
        List<Path> pluginClasses;
        try (Stream<Path> folders = Files.list(Path.of("../../plugins"))) {
            pluginClasses = folders.map(folder -> folder.resolve("target/classes"))
                    .filter(Files::isDirectory)
                    .toList();
        }
        JavaClasses plugins = new ClassFileImporter().importPaths(pluginClasses);

        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "be.classenumerique.core..",
                        "be.classenumerique.app..",
                        "org.springframework..",
                        "com.mongodb..",
                        "org.bson..")
                .allowEmptyShould(false)
                .check(plugins);
    }

    @Test
    void servicesAndDomainNeverReachIntoViews() {
        JavaClasses app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.classenumerique.app");

        noClasses()
                .that()
                .resideInAnyPackage("..activities..", "..config..", "..health..", "..i18n..", "..plugins..", "..seed..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("be.classenumerique.app.ui..")
                .check(app);
    }
}
