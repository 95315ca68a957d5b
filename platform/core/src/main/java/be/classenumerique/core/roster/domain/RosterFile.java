package be.classenumerique.core.roster.domain;

import java.util.List;

/**
 * A roster file as read: how it was decoded, its header and its rows, nothing interpreted yet.
 *
 * @param encoding {@code UTF-8} or {@code windows-1252}
 * @param delimiter {@code ;} or {@code ,}
 * @param header the first line's cells
 * @param rows the other non-empty lines' cells, each with its line number
 */
public record RosterFile(String encoding, char delimiter, List<String> header, List<Line> rows) {

    /** One line of the file. */
    public record Line(int number, List<String> cells) {
        public Line {
            cells = List.copyOf(cells);
        }
    }

    public RosterFile {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
