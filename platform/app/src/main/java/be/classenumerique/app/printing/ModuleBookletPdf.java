package be.classenumerique.app.printing;

import be.classenumerique.api.Messages;
import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.core.content.domain.Module;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The paper twin of a module: the lesson pages and the questions as a booklet (choices lettered A, B, C…),
 * then one answer sheet per pupil with their name, so a class without tablets does the same work and the
 * teacher types the answers in afterwards. Answers never appear in the booklet.
 */
public final class ModuleBookletPdf {

    private static final String LETTERS = "ABCDEFGH";

    private ModuleBookletPdf() {}

    /**
     * @param module the module
     * @param className the class it is printed for
     * @param pupils the pupils' names, one answer sheet each
     * @param locale the language of the printed headings
     * @param messages the platform's messages
     * @param fonts the fonts names and texts are printed in
     * @return the PDF
     */
    public static byte[] render(
            Module module, String className, List<String> pupils, Locale locale, Messages messages, PdfFonts fonts) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, pdf);
        document.addTitle(module.title());
        document.open();
        PdfPTable booklet = column();
        line(booklet, fonts, module.title(), 18, true);
        line(booklet, fonts, module.summary(), 11, false);
        int question = 0;
        for (ActivityConfig activity : module.activities()) {
            String title = activity.text("title").orElse(activity.activityId());
            if (activity.text("body").isPresent()) {
                line(booklet, fonts, title, 14, true);
                for (String paragraph : plainText(activity.text("body").get()).split("\n")) {
                    if (!paragraph.isBlank()) {
                        line(booklet, fonts, paragraph, 11, false);
                    }
                }
                continue;
            }
            question++;
            line(booklet, fonts, messages.get(locale, "booklet.question", question) + " — " + title, 13, true);
            line(booklet, fonts, activity.text("prompt").orElse(""), 11, false);
            List<String> choices = activity.textList("choices").orElse(List.of());
            for (int i = 0; i < choices.size() && i < LETTERS.length(); i++) {
                line(booklet, fonts, LETTERS.charAt(i) + ". " + choices.get(i), 11, false);
            }
            if (activity.values().get("answer") instanceof Boolean) {
                line(
                        booklet,
                        fonts,
                        "A. " + messages.get(locale, "activity.true") + "    B. "
                                + messages.get(locale, "activity.false"),
                        11,
                        false);
            }
            activity.text("hint")
                    .ifPresent(hint ->
                            line(booklet, fonts, messages.get(locale, "activity.hint") + " " + hint, 10, false));
        }
        document.add(booklet);
        for (String pupil : pupils) {
            document.newPage();
            document.add(answerSheet(module, className, pupil, question, locale, messages, fonts));
        }
        document.close();
        return pdf.toByteArray();
    }

    private static PdfPTable answerSheet(
            Module module,
            String className,
            String pupil,
            int questions,
            Locale locale,
            Messages messages,
            PdfFonts fonts) {
        PdfPTable sheet = column();
        line(sheet, fonts, messages.get(locale, "booklet.sheet", module.title()), 16, true);
        line(sheet, fonts, messages.get(locale, "booklet.sheet.who", pupil, className), 12, false);
        line(sheet, fonts, messages.get(locale, "booklet.sheet.help"), 10, false);
        PdfPTable grid = new PdfPTable(new float[] {1f, 5f});
        grid.setWidthPercentage(100);
        grid.setSpacingBefore(10);
        for (int number = 1; number <= questions; number++) {
            grid.addCell(new PdfPCell(fonts.phrase(messages.get(locale, "booklet.question", number), 11, true)));
            PdfPCell answer = new PdfPCell(fonts.phrase(" ", 11, false));
            answer.setMinimumHeight(36);
            grid.addCell(answer);
        }
        PdfPCell holder = new PdfPCell(grid);
        holder.setBorder(0);
        sheet.addCell(holder);
        return sheet;
    }

    private static PdfPTable column() {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    private static void line(PdfPTable table, PdfFonts fonts, String text, float size, boolean strong) {
        Paragraph paragraph = new Paragraph(fonts.phrase(text, size, strong));
        paragraph.setSpacingAfter(strong ? 4 : 2);
        table.addCell(PdfFonts.bidiCell(paragraph));
    }

    /** Lesson Markdown as plain printed text: emphasis marks dropped, list dashes as bullets. */
    static String plainText(String markdown) {
        return markdown.replace("**", "")
                .replace("__", "")
                .replaceAll("(?m)^#+\\s*", "")
                .replaceAll("(?m)^\\s*[-*]\\s+", "• ")
                .replaceAll("!\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1");
    }
}
