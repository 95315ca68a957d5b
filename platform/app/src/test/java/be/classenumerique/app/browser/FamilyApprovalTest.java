package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A school that approves each parent's link: a code alone (which any teacher can print) shows the parent
 * nothing until the admin approves; a newer code replaces the child's unused one. Runs on a school of its own.
 */
class FamilyApprovalTest extends BrowserTest {

    @Autowired
    SchoolRepository schools;

    @Autowired
    Guardianships guardianships;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aParentFollowsTheChildOnlyOnceTheAdminApproves() {
        String hash = passwords.encode(PASSWORD);
        schools.save(new SchoolClass("fa-c", "fa", "4e primaire F", "P4", List.of("fa-teacher"), List.of("fa-pupil")));
        accounts.save(new Account(
                "fa-admin",
                "fa",
                Role.SCHOOL_ADMIN,
                "Direction F",
                "direction@familles.test",
                hash,
                Locale.FRENCH,
                List.of(),
                true));
        accounts.save(new Account(
                "fa-teacher",
                "fa",
                Role.TEACHER,
                "Anne Lejeune",
                "anne@familles.test",
                hash,
                Locale.FRENCH,
                List.of("fa-c"),
                true));
        accounts.save(new Account(
                "fa-pupil", "fa", Role.PUPIL, "Nora F.", "nora.f", null, Locale.FRENCH, List.of("fa-c"), true));
        schools.save(new School("fa", "École F", List.of("fa-c")));
        Caller teacher = new Caller("fa-teacher", "fa", "Anne Lejeune", Set.of(Role.TEACHER), Locale.FRENCH);
        String replaced = guardianships.invite(teacher, "fa-pupil").code();
        String latest = guardianships.invite(teacher, "fa-pupil").code();

        Page admin = tabletLandscape();
        login(admin, "direction@familles.test", PASSWORD);
        link(admin, "Familles").click();
        admin.getByLabel("Chaque lien parent–enfant doit être validé par la direction")
                .check();
        assertThat(admin.getByText("Les nouveaux liens attendront ta validation."))
                .isVisible();
        assertAccessible(admin);

        Page parent = tabletPortrait();
        parent.navigate("/parent");
        parent.getByLabel("Code d’invitation").fill(replaced);
        parent.getByLabel("Ton nom").fill("Omar Fontaine");
        parent.getByLabel("Ton adresse e-mail").fill("omar@familles.test");
        parent.getByLabel("Choisis un mot de passe").fill("fontaine-2030-papa");
        button(parent, "Créer mon compte").click();
        assertThat(parent.getByText("Ce code a été remplacé par un code plus récent"))
                .isVisible();
        parent.getByLabel("Code d’invitation").fill(latest);
        button(parent, "Créer mon compte").click();
        assertThat(parent.getByText("En attente de validation par l’école : Nora F."))
                .isVisible();
        assertThat(heading(parent, "Nora F.")).hasCount(0);

        admin.reload();
        assertThat(admin.getByText("Omar Fontaine (omar@familles.test) demande à suivre Nora F."))
                .isVisible();
        assertThat(admin.getByText("Remplacé par un code plus récent")).isVisible();
        assertThat(admin.getByText("Utilisé par Omar Fontaine, lien à valider")).isVisible();
        button(admin, "Valider le lien de Omar Fontaine avec Nora F.").click();
        assertThat(admin.getByText("Omar Fontaine suit maintenant Nora F.")).isVisible();
        assertThat(admin.getByText("Aucun lien n’attend de validation.")).isVisible();

        parent.reload();
        assertThat(heading(parent, "Nora F.")).isVisible();
    }
}
