package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Pupils who cannot type an e-mail or a password: a class code and two pictures, two words, or a printed
 * card; the teacher prints the cards and gives a new secret in one tap.
 */
class PupilSignInTest extends BrowserTest {

    @Test
    void aYoungPupilSignsInWithTwoPicturesAndHandsOverTheTablet() {
        Page tablet = tabletPortrait();
        tablet.navigate("/login");
        link(tablet, "Tu es élève ? Connecte-toi avec le code de ta classe").click();
        assertThat(heading(tablet, "Connexion des élèves")).isVisible();
        assertAccessible(tablet);

        tablet.getByLabel("Code de la classe").fill("demp2c");
        button(tablet, "Continuer").click();
        assertThat(heading(tablet, "2e primaire C")).isVisible();
        assertAccessible(tablet);

        button(tablet, "Tom B.").click();
        assertThat(heading(tablet, "Bonjour Tom B. !")).isVisible();
        button(tablet, "Soleil").click();
        button(tablet, "Lune").click();
        assertThat(button(tablet, "Lune")).hasAttribute("aria-pressed", "true");
        assertAccessible(tablet);
        button(tablet, "C’est moi !").click();
        assertThat(tablet.getByText("Ce n’est pas ton secret. Essaie encore.")).isVisible();
        assertThat(button(tablet, "Lune")).hasAttribute("aria-pressed", "false");

        button(tablet, "Arbre").click();
        button(tablet, "Poisson").click();
        button(tablet, "C’est moi !").click();
        assertThat(tablet).hasURL(java.util.regex.Pattern.compile(".*/learn$"));
        assertThat(heading(tablet, "Bonjour Tom B. !")).isVisible();

        button(tablet, "Changer d’élève").click();
        assertThat(heading(tablet, "2e primaire C")).isVisible();
        assertThat(button(tablet, "Mia T.")).isVisible();
    }

    @Test
    void anOlderPupilSignsInWithTwoWords() {
        Page tablet = tabletPortrait();
        tablet.navigate("/classe/DEMS1B");
        button(tablet, "Adam K.").click();

        tablet.getByLabel("Tes deux mots secrets").fill("Lapin  Nuage");
        button(tablet, "C’est moi !").click();

        assertThat(tablet).hasURL(java.util.regex.Pattern.compile(".*/learn$"));
        assertThat(heading(tablet, "Bonjour Adam K. !")).isVisible();
    }

    @Test
    void anUnknownClassCodeIsSaidPlainly() {
        Page tablet = tabletPortrait();
        tablet.navigate("/classe");
        tablet.getByLabel("Code de la classe").fill("=cmd|' /C calc'!A0");
        button(tablet, "Continuer").click();

        assertThat(tablet.getByText("Ce code ne correspond à aucune classe.")).isVisible();
        assertAccessible(tablet);
    }

    @Test
    void aTeacherPrintsLoginCardsAndAPupilSignsInWithTheCardsLink() throws Exception {
        Page teacher = tabletLandscape();
        login(teacher, "t.martin@tilleuls.demo", PASSWORD);
        link(teacher, "2e primaire C").click();
        assertThat(teacher.getByText("Code de la classe : DEMP2C")).isVisible();
        assertAccessible(teacher);

        Download download = teacher.waitForDownload(
                () -> link(teacher, "Imprimer les cartes de connexion (PDF)").click());

        List<String> links;
        try (PDDocument pdf = Loader.loadPDF(download.path().toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Mia T.", "Sara E.", "Tom B.", "2e primaire C", "DEMP2C");
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
            Result[] codes = new GenericMultipleBarcodeReader(new QRCodeReader())
                    .decodeMultiple(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))));
            links = Arrays.stream(codes).map(Result::getText).toList();
        }
        assertThat(links)
                .hasSize(3)
                .allSatisfy(link -> assertThat(link)
                        .matches(Pattern.quote("http://localhost:" + port) + "/carte#[A-Za-z0-9_-]{32}"));

        Download classList = teacher.waitForDownload(
                () -> link(teacher, "Imprimer la liste de classe (PDF)").click());
        try (PDDocument pdf = Loader.loadPDF(classList.path().toFile())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Liste de classe — 2e primaire C", "Mia T.", "images, carte")
                    .doesNotContain("soleil");
        }

        Page pupil = tabletPortrait();
        List<String> requested = new java.util.ArrayList<>();
        pupil.onRequest(request -> requested.add(request.url()));
        String token = links.getFirst().substring(links.getFirst().indexOf('#') + 1);
        pupil.navigate(links.getFirst());
        assertThat(pupil.getByRole(com.microsoft.playwright.options.AriaRole.HEADING)
                        .filter(new Locator.FilterOptions().setHasText("Bonjour")))
                .isVisible();
        assertThat(pupil).hasURL(Pattern.compile(".*/learn$"));
        // The token never travelled in an address: no server or proxy log holds it, nor does the history.
        assertThat(requested).isNotEmpty().noneMatch(url -> url.contains(token));
        pupil.goBack();
        assertThat(pupil).not().hasURL(Pattern.compile(".*" + Pattern.quote(token) + ".*"));

        Page stranger = tabletPortrait();
        stranger.navigate(links.getFirst().replaceAll("#.*", "#forged-token"));
        assertThat(stranger.getByText("Cette carte ne fonctionne plus.")).isVisible();
        assertAccessible(stranger);
        stranger.navigate("/carte/" + token);
        assertThat(stranger.getByText("Cette carte est d’un ancien modèle")).isVisible();

        // One lost card is withdrawn alone: the others keep working.
        button(teacher, "Secrets des élèves").click();
        button(teacher, "Retirer la carte de connexion de Sara E.").click();
        assertThat(teacher.getByText("La carte de Sara E. ne fonctionne plus.")).isVisible();
        int working = 0;
        for (String link : links) {
            Page tablet = tabletPortrait();
            tablet.navigate(link);
            assertThat(tablet.getByText(Pattern.compile("Bonjour|ne fonctionne plus")))
                    .isVisible();
            if (tablet.url().endsWith("/learn")) {
                working++;
            }
        }
        assertThat(working).isEqualTo(2);
    }

    @Test
    void aTeacherGivesANewPictureSecretInOneTapAndThePupilUsesIt() {
        Page teacher = tabletLandscape();
        login(teacher, "t.martin@tilleuls.demo", PASSWORD);
        link(teacher, "2e primaire C").click();
        button(teacher, "Secrets des élèves").click();
        button(teacher, "Nouveau secret pour Sara E.").click();
        Locator secret = teacher.locator("[aria-label='Nouveau secret de Sara E.'] img");
        assertThat(secret).hasCount(2);
        List<String> pictures =
                List.of(secret.nth(0).getAttribute("alt"), secret.nth(1).getAttribute("alt"));
        assertAccessible(teacher);

        Page tablet = tabletPortrait();
        tablet.navigate("/classe/DEMP2C");
        button(tablet, "Sara E.").click();
        pictures.forEach(picture -> button(tablet, picture).click());
        button(tablet, "C’est moi !").click();

        assertThat(tablet).hasURL(java.util.regex.Pattern.compile(".*/learn$"));
        assertThat(heading(tablet, "Bonjour Sara E. !")).isVisible();
    }
}
