package be.classenumerique.app.printing;

import be.classenumerique.api.Messages;
import be.classenumerique.core.people.domain.Invitation;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;

/** One letter per child, in the parents' language, with the one-time code that lets a parent follow the child. */
public final class InvitationLettersPdf {

    private InvitationLettersPdf() {}

    /**
     * @param invitations one per letter
     * @param baseUrl the platform's public address
     * @param locale the parents' language
     * @param messages the platform's messages
     * @param fonts the fonts names are printed in
     * @return the PDF
     */
    public static byte[] render(
            List<Invitation> invitations, String baseUrl, Locale locale, Messages messages, PdfFonts fonts) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 60, 60);
        org.openpdf.text.pdf.PdfWriter.getInstance(document, pdf);
        document.addTitle(messages.get(locale, "letter.title"));
        document.open();
        Font code = FontFactory.getFont(FontFactory.COURIER_BOLD, 24);
        for (Invitation invitation : invitations) {
            document.newPage();
            // One borderless cell per letter: names in any script are laid out right to left where needed.
            PdfPTable letter = new PdfPTable(1);
            letter.setWidthPercentage(100);
            InvitationText text = InvitationText.of(invitation, baseUrl, locale, messages);
            letter.addCell(PdfFonts.bidiCell(
                    new Paragraph(fonts.phrase(text.school(), 11, false)),
                    new Paragraph(fonts.phrase(text.title(), 18, true)),
                    spaced(fonts.phrase(text.intro(), 11, false)),
                    spaced(fonts.phrase(text.codeLabel(), 11, false)),
                    spaced(new Phrase(text.code(), code)),
                    spaced(fonts.phrase(text.validity(), 11, false)),
                    spaced(fonts.phrase(text.newAccount(), 11, false)),
                    spaced(fonts.phrase(text.existingAccount(), 11, false)),
                    spaced(fonts.phrase(text.privacy(), 11, false))));
            document.add(letter);
        }
        document.close();
        return pdf.toByteArray();
    }

    private static Paragraph spaced(Phrase text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setSpacingBefore(10);
        return paragraph;
    }
}
