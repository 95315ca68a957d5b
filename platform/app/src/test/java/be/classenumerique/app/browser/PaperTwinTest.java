package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.api.Role;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A class without tablets: the teacher prints the module's booklet with a named answer sheet per pupil,
 * then types a pupil's paper answers in; they are graded and counted like online answers.
 */
class PaperTwinTest extends BrowserTest {

    @Autowired
    SchoolRepository schools;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aBookletsAnswersTypedInByTheTeacherCountTheSame() throws Exception {
        schools.save(new SchoolClass(
                "pt-4", "pt", "4e des Chênes", "P4", List.of("pt-teacher"), List.of("pt-zoe", "pt-yann")));
        schools.save(new School("pt", "École des Chênes", List.of("pt-4")));
        accounts.save(new Account(
                "pt-teacher",
                "pt",
                Role.TEACHER,
                "Luc Martin",
                "luc@paper.test",
                passwords.encode(PASSWORD),
                Locale.FRENCH,
                List.of("pt-4"),
                true));
        for (String[] pupil : new String[][] {{"pt-zoe", "Zoé C."}, {"pt-yann", "Yann C."}}) {
            accounts.save(new Account(
                    pupil[0], "pt", Role.PUPIL, pupil[1], pupil[0], null, Locale.FRENCH, List.of("pt-4"), true));
        }

        Page teacher = tabletLandscape();
        login(teacher, "luc@paper.test", PASSWORD);
        link(teacher, "4e des Chênes").click();
        Download booklet = teacher.waitForDownload(
                () -> link(teacher, "Imprimer le livret papier (PDF)").click());
        try (PDDocument pdf = Loader.loadPDF(booklet.path().toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Un mot de passe solide", "Question 1", "A. azerty123", "C. girafe-violon-nuage-tartine")
                    .contains("Nom : Zoé C.", "Nom : Yann C.", "Classe : 4e des Chênes")
                    // The booklet never gives the answers away.
                    .doesNotContain("Bravo");
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }

        button(teacher, "Saisir des réponses sur papier").click();
        Locator dialog = teacher.getByRole(AriaRole.DIALOG);
        button(teacher, "Enregistrer les réponses").click();
        assertThat(dialog.getByText("Choisis l’élève dont tu tapes les réponses."))
                .isVisible();
        choose(teacher, dialog.getByLabel("Élève"), "Zoé C.");
        dialog.getByText("girafe-violon-nuage-tartine").click();
        assertAccessible(teacher);
        button(teacher, "Enregistrer les réponses").click();
        assertThat(teacher.getByText("3 réponses enregistrées pour Zoé C.")).isVisible();

        Locator grid = teacher.locator("vaadin-grid.cn-progress-grid");
        assertThat(grid).containsText("3 sur 5 faites");
        assertThat(grid).containsText("✓ Réussi");
        assertThat(grid).containsText("0 sur 5 faites");
    }
}
