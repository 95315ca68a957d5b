package be.classenumerique.app.printing;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.app.i18n.BundleMessages;
import java.io.IOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Names are printed as schools type them: accents, Arabic and Hebrew script, emoji, very long names. */
class PrintedNamesTest {

    private static final PdfFonts FONTS = new PdfFonts();
    private static final BundleMessages MESSAGES =
            new BundleMessages("i18n/messages", PrintedNamesTest.class.getClassLoader());

    @Test
    void aClassListPrintsEveryScriptInAnEmbeddedFontThatHasIt() throws IOException {
        String longName = "Anne-" + "é".repeat(494);
        byte[] pdf = ClassListPdf.render(
                "5e A — l’école",
                "ABC123",
                List.of(
                        new ClassListPdf.Line("Zoé d’Hondt 🦊", "images"),
                        new ClassListPdf.Line("مريم ع.", "mots"),
                        new ClassListPdf.Line("יעל ש.", "mots"),
                        new ClassListPdf.Line("<script>alert(1)</script>", "mots"),
                        new ClassListPdf.Line(longName, "mots")),
                Locale.FRENCH,
                MESSAGES,
                FONTS);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text)
                    .contains("Zoé d’Hondt 🦊", "5e A — l’école", "<script>alert(1)</script>", "Anne-")
                    .contains("مريم", "יעל");
            // The 500-character name wraps inside its cell, every character kept.
            assertThat(text.substring(text.indexOf("Anne-"))
                            .chars()
                            .filter(c -> c == 'é')
                            .count())
                    .isEqualTo(494);
            assertThat(fontsOf(document))
                    .anyMatch(name -> name.contains("NotoSans-"))
                    .anyMatch(name -> name.contains("NotoSansArabic"))
                    .anyMatch(name -> name.contains("NotoSansHebrew"))
                    .anyMatch(name -> name.contains("NotoEmoji"));
        }
    }

    @Test
    void lettersAndCardsUseTheSameFonts() throws IOException {
        byte[] cards = LoginCardsPdf.render(
                List.of(new be.classenumerique.core.people.domain.LoginCard(
                        "p1", "مريم ع. 🌙", "5e A", "ABC123", "token")),
                "https://ecole.example",
                Locale.FRENCH,
                MESSAGES,
                FONTS);
        try (PDDocument document = Loader.loadPDF(cards)) {
            assertThat(fontsOf(document))
                    .anyMatch(name -> name.contains("NotoSansArabic"))
                    .anyMatch(name -> name.contains("NotoEmoji"));
        }
    }

    private static Set<String> fontsOf(PDDocument document) throws IOException {
        Set<String> names = new HashSet<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                names.add(font.getName());
            }
        }
        return names;
    }
}
