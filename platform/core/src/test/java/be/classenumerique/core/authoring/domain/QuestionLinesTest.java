package be.classenumerique.core.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.core.shared.RefusedException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionLinesTest {

    @Test
    void choicesRoundTripWithTheRightOnesMarked() {
        String text = QuestionLines.marked(List.of("azerty", "girafe-violon", "1234"), Set.of(1));

        assertThat(text).isEqualTo("azerty\n* girafe-violon\n1234");
        QuestionLines.Marked parsed = QuestionLines.parseMarked("  azerty \n\n*girafe-violon\n* 1234\n");
        assertThat(parsed.choices()).containsExactly("azerty", "girafe-violon", "1234");
        assertThat(parsed.right()).containsExactly(1, 2);
    }

    @Test
    void aLoneStarIsRefused() {
        assertThatThrownBy(() -> QuestionLines.parseMarked("a\n*  \nb"))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey())
                .isEqualTo("authoring.choices.empty");
    }

    @Test
    void pairsRoundTripAndALineWithoutBothSidesIsNamed() {
        List<Map<String, Object>> pairs = QuestionLines.parsePairs("chat = animal\n rose=fleur \n");

        assertThat(pairs)
                .containsExactly(Map.of("left", "chat", "right", "animal"), Map.of("left", "rose", "right", "fleur"));
        assertThat(QuestionLines.pairs(pairs)).isEqualTo("chat = animal\nrose = fleur");
        assertThatThrownBy(() -> QuestionLines.parsePairs("chat = animal\nrose ="))
                .isInstanceOf(RefusedException.class)
                .satisfies(e ->
                        assertThat(((RefusedException) e).messageArguments()).containsExactly("rose ="));
    }
}
