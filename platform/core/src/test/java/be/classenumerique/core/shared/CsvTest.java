package be.classenumerique.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exported cells open in a spreadsheet as text, never as a formula. */
class CsvTest {

    @Test
    void formulaLookingCellsAreDefused() {
        assertThat(Csv.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(Csv.cell("+32 2 123")).isEqualTo("'+32 2 123");
        assertThat(Csv.cell("-1")).isEqualTo("'-1");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(Csv.line(List.of("Zoé d’Hondt 🦊", "a;b", "dit \"bonjour\"", "deux\nlignes", "")))
                .isEqualTo("Zoé d’Hondt 🦊;\"a;b\";\"dit \"\"bonjour\"\"\";\"deux\nlignes\";\r\n");
        assertThat(Csv.cell("=1;2")).isEqualTo("\"'=1;2\"");
        assertThat(Csv.cell(null)).isEmpty();
    }
}
