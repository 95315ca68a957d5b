package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.classenumerique.api.Role;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A teacher writes a module: a lesson page whose Markdown preview never runs what was pasted in, and a
 * question; an incomplete module is refused with a reason; she goes through it as a pupil would, then
 * shares it. A colleague finds it by a misspelled search and may adapt it but not change it; a teacher of
 * another school never finds it. A school of its own.
 */
class WriteModuleTest extends BrowserTest {

    @Autowired
    SchoolRepository schools;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ModuleCatalogue catalogue;

    private static final String SHARING = "Partager par le biais des technologies numériques";

    @Test
    void aTeacherWritesPreviewsAndSharesAModuleThatStaysInHerSchool() {
        String hash = passwords.encode(PASSWORD);
        schools.save(new SchoolClass("wr-6", "wr", "6e des Hêtres", "P6", List.of("wr-anne"), List.of()));
        schools.save(new School("wr", "École des Hêtres", List.of("wr-6")));
        accounts.save(teacher("wr-anne", "Anne Dubois", "anne@write.test", hash, List.of("wr-6")));
        accounts.save(teacher("wr-luc", "Luc Petit", "luc@write.test", hash, List.of()));

        Page anne = tabletLandscape();
        login(anne, "anne@write.test", PASSWORD);
        anne.navigate("/modules");
        button(anne, "Écrire un module").click();
        assertThat(heading(anne, "Écrire un module")).isVisible();

        anne.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true)).fill("Les cookies du navigateur");
        Locator lesson = anne.locator(".cn-activity-editor").first();
        lesson.getByLabel("Titre de l’activité").fill("Un cookie, c’est quoi ?");
        lesson.getByLabel("Texte de la page (Markdown)")
                .fill("Un **petit fichier** laissé par le site.\n\n<script>window.hacked = true</script>\n\n"
                        + "[Clique ici](javascript:window.hacked=true)");
        // The preview shows the page as pupils will see it: formatted, with nothing of the pasted code.
        Locator preview = lesson.locator(".cn-markdown-preview");
        assertThat(preview.locator("strong")).hasText("petit fichier");
        assertThat(preview.locator("script")).hasCount(0);
        assertThat(preview.locator("a[href^='javascript']")).hasCount(0);

        choose(anne, anne.getByLabel("Nouvelle activité"), "Question à choix unique");
        button(anne, "Ajouter").click();
        Locator question = anne.locator(".cn-activity-editor").nth(1);
        question.getByLabel("Titre de l’activité").fill("Qui lit un cookie ?");
        question.getByLabel("Question posée à l’élève").fill("Quel site peut lire un cookie ?");
        question.getByLabel("Choix, un par ligne").fill("Tous les sites\n* Celui qui l’a déposé");
        // This question works on a narrower competence than the module.
        pick(anne, question, "Compétences de cette activité (facultatif)", "DigComp 2.2 " + SHARING, "2.2 Part");

        // Incomplete: nothing is saved, and the teacher is told what is missing.
        button(anne, "Enregistrer").click();
        assertThat(anne.locator(".cn-editor-status"))
                .hasText("Dis en une ou deux phrases ce que l’élève va apprendre (600 caractères au plus).");
        assertAccessible(anne);

        anne.getByLabel("Ce que l’élève va apprendre").fill("Comprendre ce que les sites retiennent de nous.");
        pick(anne, anne.locator("main"), "Niveaux", "6e primaire", "6e");
        pick(
                anne,
                anne.locator("main"),
                "Compétences travaillées",
                "DigComp 4.2 Protéger les données personnelles et la vie privée",
                "4.2 Prot");
        button(anne, "Enregistrer").click();
        assertThat(anne.locator(".cn-editor-status")).containsText("Module enregistré (version 1)");
        assertThat(anne).hasURL(java.util.regex.Pattern.compile(".*/modules/write/ecole-[a-z0-9]+$"));
        String moduleId = anne.url().substring(anne.url().lastIndexOf('/') + 1);
        org.assertj.core.api.Assertions.assertThat(
                        catalogue.find(moduleId).orElseThrow().competencesOf("activite-2"))
                .containsExactly("digcomp:2.2");

        // She goes through it as a pupil: graded by the server, stored nowhere.
        button(anne, "Voir comme un élève").click();
        assertThat(heading(anne, "Aperçu : Les cookies du navigateur")).isVisible();
        assertThat(anne.locator(".cn-module strong")).hasText("petit fichier");
        assertAccessible(anne);
        button(anne, "Suivant").click();
        anne.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Celui qui l’a déposé"))
                .check();
        button(anne, "Vérifier").click();
        assertThat(anne.locator(".cn-verdict")).containsText("Réussi");
        assertThat(anne.locator(".cn-feedback")).containsText("Bravo, c’est juste !");
        assertAccessible(anne);

        button(anne, "Retour à l’éditeur").click();
        anne.getByLabel("Partager avec les enseignants de mon école").check();
        button(anne, "Enregistrer").click();
        assertThat(anne.locator(".cn-editor-status")).containsText("Module enregistré (version 2)");

        // A colleague finds it despite the typo, may look at it and adapt a copy, but not change it.
        Page luc = tabletLandscape();
        login(luc, "luc@write.test", PASSWORD);
        luc.navigate("/modules");
        luc.getByLabel("Rechercher un module").fill("cookis");
        assertThat(heading(luc, "Les cookies du navigateur")).isVisible();
        assertThat(luc.getByText("Écrit dans ton école par Anne Dubois", new Page.GetByTextOptions()))
                .isVisible();
        assertThat(button(luc, "Modifier « Les cookies du navigateur »")).hasCount(0);
        assertAccessible(luc);
        button(luc, "Adapter une copie de « Les cookies du navigateur »").click();
        assertThat(luc.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Les cookies du navigateur (ma version)");
        luc.navigate("/modules/write/" + moduleId);
        assertThat(heading(luc, "Modifier mon module")).hasCount(0);

        // A teacher of another school never finds it, nor opens it by its address.
        Page other = tabletLandscape();
        login(other, "t.martin@tilleuls.demo", PASSWORD);
        other.navigate("/modules");
        other.getByLabel("Rechercher un module").fill("cookies");
        assertThat(other.getByText("Aucun module ne correspond à cette recherche."))
                .isVisible();
        other.navigate("/modules/preview/" + moduleId);
        assertThat(heading(other, "Aperçu : Les cookies du navigateur")).hasCount(0);
    }

    @Test
    void everyCatalogueModuleAdaptsIntoACopyThatSavesUnchanged() {
        schools.save(new School("wa", "École des Aulnes", List.of()));
        accounts.save(new Account(
                "wa-eva",
                "wa",
                Role.TEACHER,
                "Eva Lambert",
                "eva@write.test",
                passwords.encode(PASSWORD),
                Locale.FRENCH,
                List.of(),
                true));
        Page eva = tabletLandscape();
        login(eva, "eva@write.test", PASSWORD);
        // Each question editor reads the original's fields and writes them back as the pack rules want them.
        for (String title : List.of(
                "Un mot de passe solide",
                "Info ou intox ?",
                "Pas à pas, comme un robot",
                "Réagir face au cyberharcèlement")) {
            eva.navigate("/modules");
            button(eva, "Adapter une copie de « " + title + " »").click();
            assertThat(eva.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue(title + " (ma version)");
            button(eva, "Enregistrer").click();
            assertThat(eva.locator(".cn-editor-status")).containsText("Module enregistré (version 1)");
        }
        assertAccessible(eva);
    }

    /** Picks one option of a multi-select box by typing part of it, then closes the list. */
    private static void pick(Page page, Locator scope, String label, String option, String typed) {
        Locator field = scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
        field.click();
        field.fill(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option))
                .click();
        field.press("Escape");
        assertThat(page.getByRole(AriaRole.LISTBOX)).hasCount(0);
    }

    private static Account teacher(String id, String name, String login, String hash, List<String> classIds) {
        return new Account(id, "wr", Role.TEACHER, name, login, hash, Locale.FRENCH, classIds, true);
    }
}
