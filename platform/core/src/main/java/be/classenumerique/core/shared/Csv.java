package be.classenumerique.core.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Lines of a CSV file that spreadsheets open safely: a cell that would start a formula ({@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return) is prefixed with an apostrophe, so a name typed
 * as {@code =cmd|' /C calc'!A0} is shown, never run (CSV injection).
 */
public final class Csv {

    /** What Excel in French, Dutch and German expects between cells. */
    public static final char SEPARATOR = ';';

    /** Starts a file so spreadsheets read it as UTF-8: accents and emoji survive. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private Csv() {}

    /**
     * @param cells the cells of one line, as people typed them
     * @return the line, escaped, quoted where needed and ended with CRLF
     */
    public static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(String.valueOf(SEPARATOR))) + "\r\n";
    }

    /**
     * @param value a cell as people typed it
     * @return the cell as written in the file
     */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(SEPARATOR) >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
