package be.classenumerique.api.activity;

import java.util.Objects;

/**
 * The server's verdict on a response. Produced only by {@link ActivityType#grade}; the browser never
 * decides that an answer is right.
 *
 * @param outcome how it turned out
 * @param score points earned, {@code 0 <= score <= maxScore}
 * @param maxScore points possible; {@code 0} for activities that are not scored
 * @param feedback what to tell the learner, in the activity's language; may be empty, never null
 * @since 0.1.0
 */
public record Grade(Outcome outcome, double score, double maxScore, String feedback) {

    public Grade {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(feedback, "feedback");
        if (maxScore < 0 || score < 0 || score > maxScore) {
            throw new IllegalArgumentException("score must lie between 0 and maxScore: " + score + "/" + maxScore);
        }
    }

    /**
     * @param maxScore the points possible
     * @param feedback the feedback
     * @return a fully correct grade
     * @since 0.1.0
     */
    public static Grade correct(double maxScore, String feedback) {
        return new Grade(Outcome.CORRECT, maxScore, maxScore, feedback);
    }

    /**
     * @param maxScore the points possible
     * @param feedback the feedback
     * @return a grade with no points
     * @since 0.1.0
     */
    public static Grade incorrect(double maxScore, String feedback) {
        return new Grade(Outcome.INCORRECT, 0, maxScore, feedback);
    }
}
