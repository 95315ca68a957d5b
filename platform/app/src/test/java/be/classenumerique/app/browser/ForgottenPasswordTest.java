package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.api.Role;
import be.classenumerique.core.people.domain.Account;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A teacher who forgot their password gets a link by e-mail and chooses a new one; the link works once. */
class ForgottenPasswordTest extends BrowserTest {

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aTeacherResetsTheirPasswordWithTheLinkFromTheirMailbox() throws Exception {
        accounts.save(new Account(
                "forgot-teacher",
                "forgot",
                Role.TEACHER,
                "Camille Leroy",
                "camille@forgot.test",
                passwords.encode(PASSWORD),
                Locale.FRENCH,
                List.of(),
                true));

        Page page = tabletLandscape();
        // Through another name for this machine than the public address: the link must not follow it,
        // as it would follow a forged Host or X-Forwarded-Host header.
        page.navigate("http://127.0.0.1:" + port + "/login?adulte");
        button(page, "Mot de passe oublié ?").click();
        assertThat(heading(page, "Mot de passe oublié")).isVisible();
        assertAccessible(page);
        page.getByLabel("Ton adresse e-mail").fill("personne@forgot.test");
        button(page, "Envoyer le lien").click();
        assertThat(page.getByText("Si un compte existe pour cette adresse")).isVisible();
        page.getByLabel("Ton adresse e-mail").fill("camille@forgot.test");
        button(page, "Envoyer le lien").click();

        MimeMessage mail = TestMailServer.mailTo("camille@forgot.test");
        assertThat(mail.getSubject()).isEqualTo("Ton nouveau mot de passe pour Classe numérique 2030");
        assertThat(TestMailServer.mailsTo("personne@forgot.test")).isEmpty();
        Matcher link = Pattern.compile(
                        Pattern.quote("http://localhost:" + port) + "/mot-de-passe-oublie/[A-Za-z0-9_-]{43}")
                .matcher((String) mail.getContent());
        assertThat(link.find()).as((String) mail.getContent()).isTrue();

        page.navigate(link.group());
        page.getByLabel("Nouveau mot de passe").fill("court");
        button(page, "Enregistrer").click();
        assertThat(page.getByText("Le nouveau mot de passe doit compter au moins 10 caractères."))
                .isVisible();
        page.getByLabel("Nouveau mot de passe").fill("camille-retrouve-2030");
        button(page, "Enregistrer").click();
        assertThat(page.getByText("ton nouveau mot de passe est enregistré")).isVisible();
        assertAccessible(page);

        page.navigate(link.group());
        assertThat(page.getByText("Ce lien ne fonctionne plus")).isVisible();
        login(page, "camille@forgot.test", PASSWORD);
        assertThat(page.getByText("L’identifiant ou le mot de passe n’est pas correct."))
                .isVisible();
        login(page, "camille@forgot.test", "camille-retrouve-2030");
        assertThat(heading(page, "Mes classes")).isVisible();
    }
}
