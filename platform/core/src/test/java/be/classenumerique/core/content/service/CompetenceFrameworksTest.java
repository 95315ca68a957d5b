package be.classenumerique.core.content.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.core.content.domain.CompetenceArea;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frameworks in content/frameworks load whole, with their titles and crosswalks. */
class CompetenceFrameworksTest {

    private static final CompetenceFrameworks FRAMEWORKS = CompetenceFrameworks.load(Path.of("../../content"));

    @Test
    void theThreeFrameworksHaveTheirAreasAndCompetences() {
        assertThat(FRAMEWORKS.problems()).isEmpty();
        assertThat(FRAMEWORKS.areas("digcomp")).hasSize(5);
        assertThat(FRAMEWORKS.areas("digcomp").stream()
                        .mapToInt(area -> area.competences().size())
                        .sum())
                .isEqualTo(21);
        assertThat(FRAMEWORKS.areas("digcompedu")).hasSize(6);
        assertThat(FRAMEWORKS.areas("digcompedu").stream()
                        .mapToInt(area -> area.competences().size())
                        .sum())
                .isEqualTo(22);
        assertThat(FRAMEWORKS.areas("crcn")).hasSize(5);
        assertThat(FRAMEWORKS.areas("crcn").stream()
                        .mapToInt(area -> area.competences().size())
                        .sum())
                .isEqualTo(16);
    }

    @Test
    void referencesHaveTitlesInFrenchAndEnglishAndCrosswalksGoBothWays() {
        assertThat(FRAMEWORKS.knows("digcomp:4.1")).isTrue();
        assertThat(FRAMEWORKS.knows("digcomp:2.9")).isFalse();
        assertThat(FRAMEWORKS.title("digcomp:4.1", Locale.ENGLISH)).contains("4.1 Protecting devices");
        assertThat(FRAMEWORKS.title("digcomp:4.1", Locale.forLanguageTag("nl")))
                .get()
                .asString()
                .startsWith("4.1 ");
        assertThat(FRAMEWORKS.crosswalk("crcn:1.1")).contains("digcomp:1.1");
        assertThat(FRAMEWORKS.crosswalk("digcomp:1.1")).contains("crcn:1.1");
        for (CompetenceArea area : FRAMEWORKS.areas("crcn")) {
            for (String competence : area.competences()) {
                assertThat(FRAMEWORKS.crosswalk(competence))
                        .as(competence)
                        .isNotEmpty()
                        .allMatch(FRAMEWORKS::knows);
            }
        }
    }

    @Test
    void aBrokenFrameworkFileIsReportedWithItsLineAndAddsNothing(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("frameworks"));
        Files.writeString(content.resolve("frameworks/digcomp.yaml"), "id: \"digcomp\"\nareas:\n  - id: [\n");

        CompetenceFrameworks broken = CompetenceFrameworks.load(content);

        assertThat(broken.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.line()).isPositive());
        assertThat(broken.areas("digcomp")).isEmpty();
    }

    @Test
    void modulesMayNameCompetencesOfAnyFramework() {
        ContentLoader loader =
                new ContentLoader(be.classenumerique.core.TestActivityTypes.registry(), FRAMEWORKS::knows);

        assertThat(loader.load(ContentLoader.packFolders(Path.of("../../content")))
                        .problems())
                .isEmpty();
    }
}
