package be.classenumerique.app.printing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The fonts printed names are set in: each character takes the first font that has it (Noto Sans, then
 * Arabic, Hebrew, emoji), embedded as a subset so any PDF reader shows it. Loaded once; the fonts are
 * read-only and shared by every printout.
 */
public final class PdfFonts {

    private static final List<String> REGULAR = List.of(
            "NotoSans-Regular.ttf",
            "NotoSansArabic-Regular.ttf",
            "NotoSansHebrew-Regular.ttf",
            "NotoEmoji-Regular.ttf");
    private static final List<String> BOLD = List.of(
            "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf", "NotoEmoji-Regular.ttf");

    private final List<BaseFont> regular;
    private final List<BaseFont> bold;

    public PdfFonts() {
        this.regular = load(REGULAR);
        this.bold = load(BOLD);
    }

    /**
     * @param text any text, in any script
     * @param size in points
     * @param strong bold, for titles and names
     * @return the text, each character in a font that has it
     */
    public Phrase phrase(String text, float size, boolean strong) {
        FontSelector selector = new FontSelector();
        for (BaseFont font : strong ? bold : regular) {
            selector.addFont(new Font(font, size));
        }
        return selector.process(text);
    }

    /**
     * A borderless cell that lays out its elements with the Unicode bidirectional algorithm, so a name in
     * Arabic or Hebrew reads right to left, joined, inside a French sentence.
     *
     * @param elements paragraphs, phrases or tables
     * @return the cell
     */
    public static PdfPCell bidiCell(Element... elements) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        for (Element element : elements) {
            cell.addElement(element);
        }
        return cell;
    }

    private static List<BaseFont> load(List<String> files) {
        List<BaseFont> fonts = new ArrayList<>();
        for (String file : files) {
            try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + file + " is missing from the application");
                }
                fonts.add(BaseFont.createFont(
                        file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(fonts);
    }
}
