package be.classenumerique.core.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PupilSecretTest {

    @Test
    void picturesAreTwoDistinctKnownPicturesInAnyOrder() {
        assertThat(PupilSecret.pictures(List.of("soleil", "chat"))).isEqualTo("chat+soleil");
        assertThat(PupilSecret.pictures(List.of("chat", "soleil"))).isEqualTo("chat+soleil");
        assertThat(PupilSecret.pictures(List.of("chat", "chat"))).isEmpty();
        assertThat(PupilSecret.pictures(List.of("chat", "dragon"))).isEmpty();
        assertThat(PupilSecret.pictures(List.of("chat", "soleil", "lune"))).isEmpty();
    }

    @Test
    void wordsForgiveCaseAccentsAndSpacing() {
        assertThat(PupilSecret.words("  Girafe   Élephant ")).isEqualTo("girafe-elephant");
        assertThat(PupilSecret.words("girafe-elephant")).isEqualTo("girafe-elephant");
        assertThat(PupilSecret.words("")).isEmpty();
    }

    @Test
    void theYoungestGetPictures() {
        assertThat(PupilSecret.kindForLevel("P1")).isEqualTo(PupilSecret.Kind.PICTURES);
        assertThat(PupilSecret.kindForLevel("P4")).isEqualTo(PupilSecret.Kind.PICTURES);
        assertThat(PupilSecret.kindForLevel("P5")).isEqualTo(PupilSecret.Kind.WORDS);
        assertThat(PupilSecret.kindForLevel("S3")).isEqualTo(PupilSecret.Kind.WORDS);
    }
}
