package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The platform admin opens a school; its first admin signs in and chooses their own password. */
class OpenSchoolTest extends BrowserTest {

    @Test
    void aNewSchoolsFirstAdminSignsInWithTheTemporaryPassword() {
        Page platform = tabletLandscape();
        login(platform, "plateforme@classe-numerique.demo", PASSWORD);
        link(platform, "Écoles").click();
        assertThat(platform.locator("vaadin-grid").getByText("École des Tilleuls (démo)"))
                .isVisible();
        assertAccessible(platform);

        platform.getByLabel("Nom de l’école").last().fill("École des Hêtres");
        platform.getByLabel("Nom de la direction").fill("Nadia Benali");
        platform.getByLabel("Adresse e-mail de la direction").fill("nadia@hetres.test");
        button(platform, "Ouvrir l’école").click();
        String message =
                platform.getByText("L’école École des Hêtres est ouverte.").textContent();
        String temporary = message.replaceAll(".*temporaire : ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}).*", "$1");
        assertThat(platform.locator("vaadin-grid").getByText("École des Hêtres"))
                .isVisible();

        button(platform, "Ouvrir l’école").click();
        assertThat(platform.getByText("Indique le nom de l’école")).isVisible();

        Page admin = tabletLandscape();
        login(admin, "nadia@hetres.test", temporary);
        assertThat(heading(admin, "Choisis ton mot de passe")).isVisible();
        admin.getByLabel("Mot de passe actuel").fill(temporary);
        admin.getByLabel("Nouveau mot de passe").fill("les-hetres-2030-ok");
        button(admin, "Enregistrer").click();
        // An admin account needs a second factor before anything else.
        assertThat(heading(admin, "Vérification en deux étapes")).isVisible();
        assertThat(admin.getByText("doivent utiliser la vérification en deux étapes"))
                .isVisible();
        admin.navigate("/classes");
        assertThat(heading(admin, "Vérification en deux étapes")).isVisible();
        assertAccessible(admin);
        setUpSecondFactor(admin);
        assertThat(heading(admin, "Mes classes")).isVisible();
        assertThat(admin.getByText("Aucune classe ne t’est encore attribuée.")).isVisible();

        // Nadia lost her phone: the platform admin removes her second factor; she sets up a new one.
        platform.reload();
        button(platform, "Retirer la vérification en deux étapes de Nadia Benali")
                .click();
        assertThat(platform.getByText("La vérification en deux étapes de Nadia Benali est retirée"))
                .isVisible();
        assertAccessible(platform);
        Page again = tabletLandscape();
        again.navigate("/login");
        again.getByLabel("Identifiant ou adresse e-mail").fill("nadia@hetres.test");
        again.getByLabel("Mot de passe").fill("les-hetres-2030-ok");
        button(again, "Se connecter").click();
        assertThat(heading(again, "Vérification en deux étapes")).isVisible();
    }
}
