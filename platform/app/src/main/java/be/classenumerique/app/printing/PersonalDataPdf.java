package be.classenumerique.app.printing;

import be.classenumerique.api.Messages;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The readable twin of a privacy export: the same content as the JSON file, with headings and labels in
 * the reader's language, for a person who asked what the school keeps about them. Plugins' data keep
 * their own field names.
 */
public final class PersonalDataPdf {

    /** Fields of the platform's own export, labelled by the message {@code export.field.<name>}. */
    private static final Set<String> LABELLED = Set.of(
            "person",
            "school",
            "classes",
            "guardians",
            "children",
            "signIn",
            "secondFactor",
            "answers",
            "plugins",
            "id",
            "role",
            "displayName",
            "email",
            "language",
            "active",
            "name",
            "level",
            "secret",
            "card",
            "enabled",
            "since",
            "at",
            "module",
            "moduleVersion",
            "activity",
            "response",
            "grade",
            "outcome",
            "score",
            "maxScore",
            "feedback",
            "error");

    private static final float INDENT = 14f;

    private PersonalDataPdf() {}

    /**
     * @param export what {@code PersonalDataExport.export} returned
     * @param locale the reader's language
     * @param messages the platform's messages
     * @param fonts the fonts names are printed in
     * @return the PDF
     */
    public static byte[] render(Map<String, Object> export, Locale locale, Messages messages, PdfFonts fonts) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, pdf);
        Object person = export.get("person");
        String name = person instanceof Map<?, ?> identity ? String.valueOf(identity.get("displayName")) : "";
        document.addTitle(messages.get(locale, "export.title", name));
        document.open();
        // One row per line, so a long export breaks across pages anywhere.
        PdfPTable lines = new PdfPTable(1);
        lines.setWidthPercentage(100);
        Writer writer = new Writer(lines, locale, messages, fonts);
        writer.line(messages.get(locale, "export.title", name), 0, 16, true);
        writer.line(
                messages.get(locale, "export.made", String.valueOf(export.get("exportedAt")), export.get("platform")),
                0,
                10,
                false);
        export.forEach((key, value) -> {
            if (!key.equals("exportedAt") && !key.equals("platform")) {
                writer.line(writer.label(key), 0, 13, true);
                writer.value(value, 0);
            }
        });
        document.add(lines);
        document.close();
        return pdf.toByteArray();
    }

    private record Writer(PdfPTable lines, Locale locale, Messages messages, PdfFonts fonts) {

        void value(Object value, int depth) {
            switch (value) {
                case Map<?, ?> map when map.isEmpty() -> line(messages.get(locale, "export.none"), depth, 10, false);
                case Map<?, ?> map ->
                    map.forEach((key, nested) -> {
                        if (nested instanceof Map<?, ?> || nested instanceof List<?>) {
                            line(label(String.valueOf(key)), depth, 10, true);
                            value(nested, depth + 1);
                        } else {
                            line(label(String.valueOf(key)) + " : " + scalar(nested), depth, 10, false);
                        }
                    });
                case List<?> list when list.isEmpty() -> line(messages.get(locale, "export.none"), depth, 10, false);
                case List<?> list -> {
                    int number = 1;
                    for (Object item : list) {
                        if (item instanceof Map<?, ?> || item instanceof List<?>) {
                            line("#" + number, depth, 10, true);
                            value(item, depth + 1);
                        } else {
                            line("• " + scalar(item), depth, 10, false);
                        }
                        number++;
                    }
                }
                default -> line(scalar(value), depth, 10, false);
            }
        }

        String label(String key) {
            return LABELLED.contains(key) ? messages.get(locale, "export.field." + key) : key;
        }

        String scalar(Object value) {
            if (value instanceof Boolean flag) {
                return messages.get(locale, flag ? "export.yes" : "export.no");
            }
            return value == null ? "—" : String.valueOf(value);
        }

        void line(String text, int depth, float size, boolean strong) {
            Paragraph paragraph = new Paragraph(fonts.phrase(text, size, strong));
            paragraph.setIndentationLeft(depth * INDENT);
            if (strong) {
                paragraph.setSpacingBefore(4);
            }
            lines.addCell(PdfFonts.bidiCell(paragraph));
        }
    }
}
