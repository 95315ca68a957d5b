package be.classenumerique.core.roster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.core.roster.domain.RosterFile;
import be.classenumerique.core.shared.RefusedException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RosterReaderTest {

    private final RosterReader reader = new RosterReader();

    @Test
    void readsSemicolonsInWindows1252AsExportedByOlderSoftware() {
        byte[] bytes =
                "Classe;Prénom;Nom\r\n5A;Léa;Dubois\r\n\r\n5A;Noé;Martin\r\n".getBytes(Charset.forName("windows-1252"));

        RosterFile file = reader.read(bytes);

        assertThat(file.encoding()).isEqualTo("windows-1252");
        assertThat(file.delimiter()).isEqualTo(';');
        assertThat(file.header()).containsExactly("Classe", "Prénom", "Nom");
        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().get(1).cells()).containsExactly("5A", "Noé", "Martin");
        assertThat(file.rows().get(1).number()).isEqualTo(4);
    }

    @Test
    void readsCommasQuotesAndTheByteOrderMarkInUtf8() {
        byte[] bytes = "\uFEFFclass,first name,last name\n\"5A, groupe 2\",\"Zoé \"\"Zozo\"\"\",O'Brien\n"
                .getBytes(StandardCharsets.UTF_8);

        RosterFile file = reader.read(bytes);

        assertThat(file.encoding()).isEqualTo("UTF-8");
        assertThat(file.delimiter()).isEqualTo(',');
        assertThat(file.header().getFirst()).isEqualTo("class");
        assertThat(file.rows().getFirst().cells()).containsExactly("5A, groupe 2", "Zoé \"Zozo\"", "O'Brien");
    }

    @Test
    void keepsEmojiAndRightToLeftText() {
        byte[] bytes = "Classe;Prénom\n5A;مريم 🌟\n".getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read(bytes).rows().getFirst().cells()).containsExactly("5A", "مريم 🌟");
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> reader.read("\n\n ; \n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> reader.read(new byte[RosterReader.MAX_BYTES + 1]))
                .isInstanceOf(RefusedException.class);
    }
}
