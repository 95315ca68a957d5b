package be.classenumerique.app.printing;

import be.classenumerique.api.Messages;
import be.classenumerique.core.people.domain.Invitation;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;

/** One letter per child, in the parents' language, with the one-time code that lets a parent follow the child. */
public final class InvitationLettersPdf {

    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Brussels");

    private InvitationLettersPdf() {}

    /**
     * @param invitations one per letter
     * @param baseUrl the platform's public address
     * @param locale the parents' language
     * @param messages the platform's messages
     * @return the PDF
     */
    public static byte[] render(List<Invitation> invitations, String baseUrl, Locale locale, Messages messages) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 60, 60);
        org.openpdf.text.pdf.PdfWriter.getInstance(document, pdf);
        document.addTitle(messages.get(locale, "letter.title"));
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
        Font code = FontFactory.getFont(FontFactory.COURIER_BOLD, 24);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(SCHOOL_ZONE);
        for (Invitation invitation : invitations) {
            document.newPage();
            document.add(new Paragraph(invitation.schoolName(), body));
            document.add(new Paragraph(messages.get(locale, "letter.title"), title));
            document.add(spaced(messages.get(locale, "letter.intro", invitation.childName()), body));
            document.add(spaced(messages.get(locale, "letter.code"), body));
            document.add(spaced(invitation.code(), code));
            document.add(spaced(messages.get(locale, "letter.valid", date.format(invitation.expiresAt())), body));
            document.add(spaced(messages.get(locale, "letter.new", baseUrl + "/parent"), body));
            document.add(spaced(messages.get(locale, "letter.existing", baseUrl + "/login?adulte"), body));
            document.add(spaced(messages.get(locale, "letter.privacy"), body));
        }
        document.close();
        return pdf.toByteArray();
    }

    private static Paragraph spaced(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(10);
        return paragraph;
    }
}
