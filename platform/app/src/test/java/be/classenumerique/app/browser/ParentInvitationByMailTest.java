package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A teacher e-mails a parent's invitation code; the parent signs up with it and follows only that child. */
class ParentInvitationByMailTest extends BrowserTest {

    @Test
    void aParentSignsUpWithTheCodeFromTheirMailbox() throws Exception {
        Page teacher = tabletLandscape();
        login(teacher, "t.martin@tilleuls.demo", PASSWORD);
        link(teacher, "5e primaire A").click();
        button(teacher, "Familles").click();
        teacher.getByLabel("E-mail d’un parent de Inès B.").fill("pas une adresse");
        button(teacher, "Envoyer une invitation par e-mail à un parent de Inès B.")
                .click();
        assertThat(teacher.getByText("Cette adresse e-mail n’est pas valable.")).isVisible();
        teacher.getByLabel("E-mail d’un parent de Inès B.").fill("papa.ines@example.test");
        button(teacher, "Envoyer une invitation par e-mail à un parent de Inès B.")
                .click();
        assertThat(teacher.getByText("Invitation envoyée à papa.ines@example.test."))
                .isVisible();
        assertAccessible(teacher);

        MimeMessage mail = TestMailServer.mailTo("papa.ines@example.test");
        String body = (String) mail.getContent();
        assertThat(mail.getSubject()).isEqualTo("Suivre votre enfant sur Classe numérique 2030");
        assertThat(body).contains("Inès B.", "/parent");
        Matcher code = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").matcher(body);
        assertThat(code.find()).isTrue();

        Page parent = tabletPortrait();
        parent.navigate("/parent");
        parent.getByLabel("Code d’invitation").fill(code.group());
        parent.getByLabel("Ton nom").fill("Karim Benali");
        parent.getByLabel("Ton adresse e-mail").fill("papa.ines@example.test");
        parent.getByLabel("Choisis un mot de passe").fill("benali-2030-papa");
        button(parent, "Créer mon compte").click();
        assertThat(parent.getByText("Inès B.")).isVisible();
        assertThat(parent.getByText("Léa D.")).hasCount(0);
    }
}
