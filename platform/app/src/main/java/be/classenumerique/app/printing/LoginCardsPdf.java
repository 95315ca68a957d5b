package be.classenumerique.app.printing;

import be.classenumerique.api.Messages;
import be.classenumerique.app.ui.CardSignInView;
import be.classenumerique.core.people.domain.LoginCard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A class's login cards on A4, eight to a page, to cut out: the pupil's name, the class, a QR code
 * whose link signs the pupil in, and the class code for signing in without scanning.
 */
public final class LoginCardsPdf {

    private static final int CARDS_PER_ROW = 2;
    private static final float CARD_HEIGHT = 190f;
    private static final int QR_PIXELS = 360;

    private LoginCardsPdf() {}

    /**
     * @param cards the cards, in print order
     * @param baseUrl the platform's public address, e.g. {@code https://ecole.example}
     * @param locale the language of the printed instructions
     * @param messages the platform's messages
     * @param fonts the fonts names are printed in
     * @return the PDF
     */
    public static byte[] render(
            List<LoginCard> cards, String baseUrl, Locale locale, Messages messages, PdfFonts fonts) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 28, 28, 28, 28);
        PdfWriter.getInstance(document, pdf);
        document.addTitle(messages.get(locale, "cards.pdf.title"));
        document.open();
        PdfPTable table = new PdfPTable(CARDS_PER_ROW);
        table.setWidthPercentage(100);
        for (LoginCard card : cards) {
            // The QR code on the left, the words on the right, so everything fits a card of a fixed height.
            PdfPTable inside = new PdfPTable(new float[] {1f, 1.6f});
            inside.setWidthPercentage(100);
            PdfPCell code = new PdfPCell(qrCode(baseUrl + "/" + CardSignInView.ROUTE + "#" + card.token()), true);
            code.setBorder(Rectangle.NO_BORDER);
            code.setPadding(2);
            PdfPCell words = PdfFonts.bidiCell(
                    new Paragraph(fonts.phrase(card.displayName(), 18, true)),
                    new Paragraph(fonts.phrase(card.className(), 10, false)),
                    new Paragraph(fonts.phrase(
                            messages.get(locale, "cards.pdf.instructions", baseUrl + "/classe", card.classCode()),
                            10,
                            false)));
            inside.addCell(code);
            inside.addCell(words);
            PdfPCell cell = new PdfPCell(inside);
            cell.setFixedHeight(CARD_HEIGHT);
            cell.setPadding(10);
            cell.setBorder(Rectangle.BOX);
            cell.setBorderWidth(0.5f);
            table.addCell(cell);
        }
        table.completeRow();
        document.add(table);
        document.close();
        return pdf.toByteArray();
    }

    private static Image qrCode(String link) {
        try {
            return Image.getInstance(QrCodes.png(link, QR_PIXELS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
