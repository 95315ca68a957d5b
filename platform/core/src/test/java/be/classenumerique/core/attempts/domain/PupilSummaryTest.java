package be.classenumerique.core.attempts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.api.activity.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The teacher's at-a-glance column: done, score, and who struggles. */
class PupilSummaryTest {

    private static final List<String> MODULE = List.of("lesson", "q1", "q2", "q3");

    @Test
    void countsDoneActivitiesAndScoresOnlyTheQuestions() {
        PupilSummary summary = PupilSummary.of(
                Map.of("lesson", result(Outcome.COMPLETED, 0, 0, 1), "q1", result(Outcome.CORRECT, 1, 1, 1)), MODULE);

        assertThat(summary.done()).isEqualTo(2);
        assertThat(summary.total()).isEqualTo(4);
        assertThat(summary.score()).isEqualTo(1);
        assertThat(summary.maxScore()).isEqualTo(1);
        assertThat(summary.struggling()).isFalse();
        assertThat(summary.complete()).isFalse();
    }

    @Test
    void mostlyWrongAnswersOrAQuestionStillWrongAfterThreeTriesFlagThePupil() {
        assertThat(PupilSummary.of(
                                Map.of(
                                        "q1",
                                        result(Outcome.INCORRECT, 0, 1, 1),
                                        "q2",
                                        result(Outcome.INCORRECT, 0, 1, 1)),
                                MODULE)
                        .struggling())
                .isTrue();
        assertThat(PupilSummary.of(Map.of("q1", result(Outcome.INCORRECT, 0, 1, 3)), MODULE)
                        .struggling())
                .isTrue();
        assertThat(PupilSummary.of(Map.of("q1", result(Outcome.INCORRECT, 0, 1, 1)), MODULE)
                        .struggling())
                .as("one wrong answer says nothing yet")
                .isFalse();
        assertThat(PupilSummary.of(
                                Map.of(
                                        "q1",
                                        result(Outcome.CORRECT, 1, 1, 4),
                                        "q2",
                                        result(Outcome.PARTIAL, 0.5, 1, 1)),
                                MODULE)
                        .struggling())
                .isFalse();
    }

    private static ActivityResult result(Outcome outcome, double score, double max, int attempts) {
        return new ActivityResult("a", outcome, score, max, attempts, Instant.EPOCH);
    }
}
