package be.classenumerique.core.search.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.core.content.domain.Authorship;
import be.classenumerique.core.content.domain.Module;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Lucene index, as children and teachers type. */
class ModuleIndexTest {

    private final ModuleIndex index = new ModuleIndex();

    @BeforeEach
    void fill() {
        index.rebuild(List.of(
                module("harcelement", "Réagir au cyberharcèlement", "Savoir quoi faire face au harcèlement en ligne."),
                module("mots-de-passe", "Un mot de passe solide", "Protéger ses comptes avec une phrase de passe."),
                module("ia", "Qu’est-ce qu’une IA ?", "Découvrir comment une machine apprend.")));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void findsDespiteMissingAccentsAndTypos() {
        assertThat(index.search("harcelment", 10)).first().isEqualTo("harcelement");
        assertThat(index.search("HARCÈLEMENT", 10)).first().isEqualTo("harcelement");
        assertThat(index.search("mot de pase", 10)).first().isEqualTo("mots-de-passe");
    }

    @Test
    void suggestsTitlesThatCompleteWhatIsBeingTyped() {
        assertThat(index.suggest("cyberh", 5, null, null)).containsExactly("harcelement");
        assertThat(index.suggest("mot de pa", 5, null, null)).containsExactly("mots-de-passe");
        assertThat(index.suggest("solidd", 5, null, null)).containsExactly("mots-de-passe");
        assertThat(index.suggest("q", 5, null, null)).isEmpty();
        for (String input : List.of("*", "\"", "AND (", "title:ia OR", "?~^", "a".repeat(2000), "   ", "")) {
            assertThatCode(() -> index.suggest(input, 5, null, null)).as(input).doesNotThrowAnyException();
        }
    }

    @Test
    void aSchoolsOwnModuleIsFoundOnlyByThoseWhoMaySeeIt() {
        index.update(
                module("ecole-cookies", "Les cookies", "Ce que les sites retiennent."),
                java.util.Optional.of(new Authorship("s1", "t1", "Anne", false, null)));

        assertThat(index.search("cookies", 5, "s1", "t1")).containsExactly("ecole-cookies");
        assertThat(index.suggest("cook", 5, "s1", "t1")).containsExactly("ecole-cookies");
        assertThat(index.search("cookies", 5, "s1", "t2")).isEmpty();
        assertThat(index.suggest("cook", 5, "s1", "t2")).isEmpty();
        assertThat(index.search("cookies", 5)).isEmpty();

        index.update(
                module("ecole-cookies", "Les cookies", "Ce que les sites retiennent."),
                java.util.Optional.of(new Authorship("s1", "t1", "Anne", true, null)));

        assertThat(index.search("cookies", 5, "s1", "t2")).containsExactly("ecole-cookies");
        assertThat(index.search("cookies", 5, "s2", "t9")).isEmpty();
    }

    @Test
    void everyWordMustMatch() {
        assertThat(index.search("harcèlement comptes", 10)).isEmpty();
    }

    @Test
    void luceneSyntaxAndHugeInputNeverFail() {
        for (String input : List.of("*", "\"", "AND (", "title:ia OR", "?~^", "a".repeat(2000), "   ", "")) {
            assertThatCode(() -> index.search(input, 10)).as(input).doesNotThrowAnyException();
        }
    }

    @Test
    void aChangedModuleIsSearchableAsSoonAsItIsUpdated() {
        assertThat(index.search("tournesol", 10)).isEmpty();

        index.update(module("nouveau", "Le tournesol numérique", "Un module tout neuf"));

        assertThat(index.search("tournesol", 10)).containsExactly("nouveau");
        index.update(module("nouveau", "La marguerite numérique", "Changé"));
        assertThat(index.search("tournesol", 10)).isEmpty();
        assertThat(index.search("marguerite", 10)).containsExactly("nouveau");
    }

    @Test
    void anotherFormOfTheWordStillFinds() {
        index.update(module("mdp", "Un mot de passe solide", "Protéger ses comptes."));

        assertThat(index.search("mots de passes", 10)).contains("mdp");
        assertThat(index.search("compte", 10)).contains("mdp");
        // Too far for typo tolerance (four letters more), the same word for the stemmer.
        assertThat(index.search("solidement", 10)).contains("mdp");
    }

    @Test
    void aRebuildReplacesTheContent() {
        index.rebuild(List.of(module("ia", "Qu’est-ce qu’une IA ?", "Machines.")));

        assertThat(index.search("harcèlement", 10)).isEmpty();
        assertThat(index.search("machines", 10)).containsExactly("ia");
    }

    private static Module module(String id, String title, String summary) {
        return new Module(
                id,
                1,
                "pack",
                "content",
                Locale.FRENCH,
                title,
                summary,
                List.of("P5"),
                10,
                List.of("digcomp:4.1"),
                "CC0-1.0",
                List.of(new ActivityConfig("intro", "builtin:lesson", Locale.FRENCH, Map.of("body", summary))));
    }
}
