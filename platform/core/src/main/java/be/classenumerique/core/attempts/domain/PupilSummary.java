package be.classenumerique.core.attempts.domain;

import be.classenumerique.api.activity.Outcome;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where one pupil stands on one module, at a glance: how many activities they did, their score on the
 * questions, and whether they struggle.
 *
 * @param done activities with an answer (or read, for lesson pages)
 * @param total activities of the module
 * @param score points earned on the questions answered
 * @param maxScore points possible on those questions
 * @param struggling at least {@link #STRUGGLE_MIN_ANSWERS} questions answered and fewer than half right,
 *     or a question still wrong after {@link #STRUGGLE_MIN_ATTEMPTS} tries
 */
public record PupilSummary(int done, int total, double score, double maxScore, boolean struggling) {

    /** Answers needed before a pupil can be said to struggle. */
    public static final int STRUGGLE_MIN_ANSWERS = 2;

    /** Tries on one question that, still wrong, say the pupil needs help. */
    public static final int STRUGGLE_MIN_ATTEMPTS = 3;

    /**
     * @param results the pupil's latest result per activity
     * @param activityIds the module's activities
     * @return the summary
     */
    public static PupilSummary of(Map<String, ActivityResult> results, Collection<String> activityIds) {
        List<ActivityResult> answered = activityIds.stream()
                .map(results::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        List<ActivityResult> questions = answered.stream()
                .filter(result -> result.outcome() != Outcome.COMPLETED)
                .toList();
        double score = questions.stream().mapToDouble(ActivityResult::score).sum();
        double max = questions.stream().mapToDouble(ActivityResult::maxScore).sum();
        long right = questions.stream()
                .filter(result -> result.outcome() == Outcome.CORRECT)
                .count();
        boolean stuck = questions.stream()
                .anyMatch(result -> result.outcome() != Outcome.CORRECT && result.attempts() >= STRUGGLE_MIN_ATTEMPTS);
        boolean struggling = stuck || (questions.size() >= STRUGGLE_MIN_ANSWERS && right * 2 < questions.size());
        return new PupilSummary(answered.size(), activityIds.size(), score, max, struggling);
    }

    /** @return whether every activity has an answer */
    public boolean complete() {
        return total > 0 && done == total;
    }
}
