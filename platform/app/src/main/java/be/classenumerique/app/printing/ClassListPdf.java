package be.classenumerique.app.printing;

import be.classenumerique.api.Messages;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
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
     * @param fonts the fonts names are printed in
     * @return the PDF
     */
    public static byte[] render(
            String className, String classCode, List<Line> lines, Locale locale, Messages messages, PdfFonts fonts) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, pdf);
        document.addTitle(messages.get(locale, "classlist.title", className));
        document.open();
        PdfPTable heading = new PdfPTable(1);
        heading.setWidthPercentage(100);
        heading.addCell(PdfFonts.bidiCell(
                new Paragraph(fonts.phrase(messages.get(locale, "classlist.title", className), 16, true)),
                new Paragraph(fonts.phrase(messages.get(locale, "class.code", classCode), 11, false))));
        document.add(heading);
        PdfPTable table = new PdfPTable(new float[] {0.4f, 2f, 1.4f, 2.2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        for (String key : List.of("classlist.number", "classlist.pupil", "classlist.sign-in", "classlist.notes")) {
            table.addCell(cell(fonts.phrase(messages.get(locale, key), 11, true)));
        }
        int number = 1;
        for (Line line : lines) {
            table.addCell(cell(fonts.phrase(String.valueOf(number++), 11, false)));
            table.addCell(cell(fonts.phrase(line.displayName(), 11, false)));
            table.addCell(cell(fonts.phrase(line.signIn(), 11, false)));
            PdfPCell notes = cell(fonts.phrase(" ", 11, false));
            notes.setMinimumHeight(22);
            table.addCell(notes);
        }
        document.add(table);
        document.close();
        return pdf.toByteArray();
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        return cell;
    }
}
