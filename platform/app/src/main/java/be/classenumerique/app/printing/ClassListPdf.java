package be.classenumerique.app.printing;

import be.classenumerique.api.Messages;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** A class list on paper: the pupils, how each signs in, and room for the teacher's notes. */
public final class ClassListPdf {

    /** One pupil's line. */
    public record Line(String displayName, String signIn) {}

    private ClassListPdf() {}

    /**
     * @param className the class
     * @param classCode its sign-in code
     * @param lines the pupils, in order
     * @param locale the language of the headings
     * @param messages the platform's messages
     * @return the PDF
     */
    public static byte[] render(
            String className, String classCode, List<Line> lines, Locale locale, Messages messages) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, pdf);
        document.addTitle(messages.get(locale, "classlist.title", className));
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
        Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        document.add(new Paragraph(messages.get(locale, "classlist.title", className), title));
        document.add(new Paragraph(messages.get(locale, "class.code", classCode), body));
        PdfPTable table = new PdfPTable(new float[] {0.4f, 2f, 1.4f, 2.2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        for (String key : List.of("classlist.number", "classlist.pupil", "classlist.sign-in", "classlist.notes")) {
            table.addCell(new PdfPCell(new Phrase(messages.get(locale, key), head)));
        }
        int number = 1;
        for (Line line : lines) {
            table.addCell(new PdfPCell(new Phrase(String.valueOf(number++), body)));
            table.addCell(new PdfPCell(new Phrase(line.displayName(), body)));
            table.addCell(new PdfPCell(new Phrase(line.signIn(), body)));
            PdfPCell notes = new PdfPCell(new Phrase(" ", body));
            notes.setMinimumHeight(22);
            table.addCell(notes);
        }
        document.add(table);
        document.close();
        return pdf.toByteArray();
    }
}
