package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A parent follows their own child with the code of a printed invitation letter: a code works once, a
 * parent sees only the children linked to them, and the school can end the link.
 */
class ParentFollowsChildTest extends BrowserTest {

    private static final Pattern CODE = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

    @Test
    void aParentSignsUpWithTheLettersCodeAndSeesOnlyTheirChild() throws Exception {
        Page teacher = tabletLandscape();
        login(teacher, "t.martin@tilleuls.demo", PASSWORD);
        link(teacher, "5e primaire A").click();
        Download letters = teacher.waitForDownload(() ->
                link(teacher, "Lettres d’invitation pour les parents (PDF)").click());
        String leaCode = codeOnLetterOf(letters, "Léa D.");

        Page parent = tabletPortrait();
        parent.navigate("/login?adulte");
        link(parent, "Parent ? Crée ton compte avec le code reçu de l’école").click();
        assertThat(heading(parent, "Créer un compte de parent")).isVisible();
        assertAccessible(parent);
        parent.getByLabel("Code d’invitation").fill(leaCode.toLowerCase(java.util.Locale.ROOT));
        // A name that would read as another is refused, and the code still works afterwards.
        parent.getByLabel("Ton nom").fill("Sophie \u202Exuavled");
        parent.getByLabel("Ton adresse e-mail").fill("sophie.delvaux@example.be");
        parent.getByLabel("Choisis un mot de passe").fill("un-long-mot-de-passe");
        button(parent, "Créer mon compte").click();
        assertThat(parent.getByText("Un nom ne peut pas contenir de caractère invisible qui change le sens"))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(accounts.findByLoginName("sophie.delvaux@example.be"))
                .isEmpty();
        parent.getByLabel("Ton nom").fill("Sophie Delvaux");
        button(parent, "Créer mon compte").click();

        assertThat(heading(parent, "Mes enfants")).isVisible();
        assertThat(parent.getByText("Léa D.")).isVisible();
        assertThat(parent.getByText("Noah M.")).hasCount(0);
        assertAccessible(parent);

        Page otherParent = tabletPortrait();
        login(otherParent, "parent.dumont@tilleuls.demo", PASSWORD);
        otherParent.getByLabel("Code d’invitation").fill(leaCode);
        button(otherParent, "Ajouter").click();
        assertThat(otherParent.getByText("Ce code a déjà été utilisé.")).isVisible();
        otherParent.getByLabel("Code d’invitation").fill("ABCD-EFGH-JKLM");
        button(otherParent, "Ajouter").click();
        assertThat(otherParent.getByText("Ce code n’existe pas.")).isVisible();
        assertAccessible(otherParent);

        Page admin = tabletLandscape();
        login(admin, "direction@tilleuls.demo", PASSWORD);
        link(admin, "5e primaire A").click();
        button(admin, "Familles").click();
        button(admin, "Retirer le lien entre Sophie Delvaux et Léa D.").click();
        assertThat(admin.getByText("Sophie Delvaux ne suit plus cet élève.")).isVisible();
        assertAccessible(admin);

        parent.reload();
        assertThat(parent.getByText("Aucun enfant n’est encore lié à ton compte."))
                .isVisible();
    }

    @Test
    void aBadCodeCreatesNoAccount() {
        Page parent = tabletPortrait();
        parent.navigate("/parent");
        parent.getByLabel("Code d’invitation").fill("ZZZZ-ZZZZ-ZZZZ");
        parent.getByLabel("Ton nom").fill("Personne");
        parent.getByLabel("Ton adresse e-mail").fill("personne@example.be");
        parent.getByLabel("Choisis un mot de passe").fill("un-long-mot-de-passe");
        button(parent, "Créer mon compte").click();
        assertThat(parent.getByText("Ce code n’existe pas.")).isVisible();

        login(parent, "personne@example.be", "un-long-mot-de-passe");
        assertThat(parent.getByText("L’identifiant ou le mot de passe n’est pas correct."))
                .isVisible();
    }

    private static String codeOnLetterOf(Download letters, String child) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(letters.path().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf).replaceAll("\\s+", " ");
                if (text.contains(child)) {
                    Matcher code = CODE.matcher(text);
                    assertThat(code.find())
                            .as("a code on the letter of " + child)
                            .isTrue();
                    return code.group();
                }
            }
        }
        throw new AssertionError("no letter for " + child);
    }
}
