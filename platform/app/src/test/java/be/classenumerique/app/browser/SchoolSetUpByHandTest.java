package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.classenumerique.api.Role;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.service.SchoolRepository;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A school admin opens a class, makes a teacher's account, gives them the class and adds a pupil by hand. */
class SchoolSetUpByHandTest extends BrowserTest {

    @Autowired
    SchoolRepository schools;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void anAdminSetsUpAClassWithATeacherAndAPupil() {
        accounts.save(new Account(
                "hand-admin",
                "hand",
                Role.SCHOOL_ADMIN,
                "Direction H",
                "direction@hand.test",
                passwords.encode(PASSWORD),
                Locale.FRENCH,
                List.of(),
                true));
        schools.save(new School("hand", "École H", List.of()));

        Page admin = tabletLandscape();
        login(admin, "direction@hand.test", PASSWORD);
        assertThat(admin.getByText("Aucune classe")).isVisible();
        button(admin, "Nouvelle classe").click();
        Locator dialog = admin.getByRole(AriaRole.DIALOG);
        button(admin, "Enregistrer la classe").click();
        assertThat(dialog.getByText("Indique le nom de la classe (60 caractères au plus)."))
                .isVisible();
        dialog.getByLabel("Nom de la classe").fill("3e des Hêtres");
        choose(admin, dialog.getByLabel("Niveau"), "3e primaire");
        assertAccessible(admin);
        button(admin, "Enregistrer la classe").click();
        assertThat(heading(admin, "3e des Hêtres")).isVisible();

        link(admin, "Personnes").click();
        button(admin, "Ajouter un membre du personnel").click();
        dialog.getByLabel("Nom").fill("Inès Fontaine");
        dialog.getByLabel("Adresse e-mail").fill("ines@hand.test");
        assertAccessible(admin);
        button(admin, "Créer le compte").click();
        String created = admin.getByText("Inès Fontaine a un compte").textContent();
        String temporary = created.replaceAll(".*temporaire ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}).*", "$1");
        button(admin, "Ajouter un membre du personnel").click();
        dialog.getByLabel("Nom").fill("Quelqu’un");
        dialog.getByLabel("Adresse e-mail").fill("INES@hand.test");
        button(admin, "Créer le compte").click();
        assertThat(dialog.getByText("Un compte existe déjà avec cette adresse e-mail."))
                .isVisible();
        button(admin, "Annuler").click();

        link(admin, "Mes classes").click();
        link(admin, "3e des Hêtres").click();
        button(admin, "Modifier la classe").click();
        dialog.getByLabel("Inès Fontaine").check();
        button(admin, "Enregistrer la classe").click();
        button(admin, "Ajouter un élève").click();
        dialog.getByLabel("Prénom (ou pseudonyme)").fill("Zoé");
        dialog.getByLabel("Nom de famille").fill("lambert");
        button(admin, "Ajouter l’élève").click();
        assertThat(admin.getByText("Niveau P3 · 1 élève")).isVisible();
        button(admin, "Ajouter un élève").click();
        dialog.getByLabel("Prénom (ou pseudonyme)").fill("zoé");
        dialog.getByLabel("Nom de famille").fill("Laurent");
        button(admin, "Ajouter l’élève").click();
        assertThat(dialog.getByText("Un élève de la classe porte déjà ce nom")).isVisible();
        // A right-to-left override would make "evil" read "live": refused, with the reason.
        dialog.getByLabel("Prénom (ou pseudonyme)").fill("\u202Eevil");
        dialog.getByLabel("Nom de famille").fill("O'Brien");
        button(admin, "Ajouter l’élève").click();
        assertThat(dialog.getByText("Un nom ne peut pas contenir de caractère invisible qui change le sens"))
                .isVisible();
        assertAccessible(admin);
        // A name written right to left needs no such control: it is kept and shown on its own.
        dialog.getByLabel("Prénom (ou pseudonyme)").fill("ليلى");
        dialog.getByLabel("Nom de famille").fill("Haddad");
        button(admin, "Ajouter l’élève").click();
        assertThat(admin.getByText("Niveau P3 · 2 élèves")).isVisible();

        Page teacher = tabletLandscape();
        login(teacher, "ines@hand.test", temporary);
        teacher.getByLabel("Mot de passe actuel").fill(temporary);
        teacher.getByLabel("Nouveau mot de passe").fill("fontaine-2030-ok");
        button(teacher, "Enregistrer").click();
        link(teacher, "3e des Hêtres").click();
        button(teacher, "Secrets des élèves").click();
        assertThat(button(teacher, "Nouveau secret pour Zoé L.")).isVisible();
        // The right-to-left name is laid out on its own, apart from the buttons beside it.
        assertThat(teacher.locator("span[dir=auto]", new Page.LocatorOptions().setHasText("ليلى H.")))
                .isVisible();
    }
}
