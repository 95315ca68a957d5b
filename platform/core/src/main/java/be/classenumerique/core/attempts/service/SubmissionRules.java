package be.classenumerique.core.attempts.service;

import be.classenumerique.core.schools.domain.SchoolClass;
import java.util.Optional;

/**
 * What the pupil's teachers decided about answering online: how many tries per question, and whether work
 * past its due day is still accepted. Answers typed in from paper are not subject to them.
 */
@FunctionalInterface
public interface SubmissionRules {

    /**
     * @param pupilId the pupil
     * @param schoolClass the class the answer is for
     * @param moduleId the module
     * @param triesSoFar answers the pupil already sent to this question
     * @return the message key saying why one more answer is refused, or empty when it is accepted
     */
    Optional<String> refusal(String pupilId, SchoolClass schoolClass, String moduleId, int triesSoFar);

    /** @return no rule at all */
    static SubmissionRules none() {
        return (pupilId, schoolClass, moduleId, triesSoFar) -> Optional.empty();
    }
}
