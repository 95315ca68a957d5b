package be.classenumerique.core.roster.service;

import be.classenumerique.core.roster.domain.RosterFile;
import be.classenumerique.core.shared.RefusedException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as exported by school administration software: UTF-8 (with or without BOM) or
 * Windows-1252, {@code ;} or {@code ,} between cells, quoted cells with doubled quotes, empty lines
 * skipped. Nothing is interpreted; cells are text.
 */
public final class RosterReader {

    /** The largest file accepted: 10,000 pupils fit in well under a megabyte. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * @param bytes the file
     * @return its header and rows
     * @throws RefusedException for an empty, oversized or header-less file
     */
    public RosterFile read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RefusedException("import.file.empty", "empty file");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RefusedException("import.file.too-big", "file over " + MAX_BYTES + " bytes");
        }
        String encoding = "UTF-8";
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            encoding = "windows-1252";
            text = new String(bytes, WINDOWS_1252);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = parse(text, delimiter(text));
        List<RosterFile.Line> rows = new ArrayList<>();
        List<String> header = null;
        int lineNumber = 0;
        for (List<String> record : records) {
            lineNumber++;
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (header == null) {
                header = record.stream().map(String::strip).toList();
            } else {
                rows.add(new RosterFile.Line(
                        lineNumber, record.stream().map(String::strip).toList()));
            }
        }
        if (header == null) {
            throw new RefusedException("import.file.empty", "no header line");
        }
        return new RosterFile(encoding, delimiter(text), header, rows);
    }

    /**
     * The delimiter of the first non-empty line: whichever of {@code ;} and {@code ,} it has more of outside
     * quotes.
     */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!started && Character.isWhitespace(c)) {
                continue;
            }
            started = true;
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    /** RFC 4180 records; a line break inside quotes stays in the cell. Each record counts as one line. */
    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
