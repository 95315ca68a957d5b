package be.classenumerique.core.progress.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a learner did, as the progress log keeps it (after the xAPI statement: actor, verb, object,
 * result, context). Never changed once stored, except that an erasure replaces the actor by a pseudonym.
 *
 * @param key the idempotency key: the same event recorded twice is stored once
 * @param actorId the pupil
 * @param verb what they did
 * @param objectId what they did it to: {@code <module>/<activity>} for an answer, the module id otherwise
 * @param result the verdict, when there is one
 * @param context where it happened: school, class, module and its version, channel (online or paper)
 * @param at when the platform received it
 */
public record LearningEvent(
        String key,
        String actorId,
        Verb verb,
        String objectId,
        Result result,
        Map<String, String> context,
        Instant at) {

    public LearningEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(at, "at");
        context = Map.copyOf(context);
    }

    /** What a learner did. */
    public enum Verb {
        /** Answered a question or read a lesson page. */
        ANSWERED,
        /** Has a result on every activity of a module, for the first time. */
        COMPLETED
    }

    /**
     * @param outcome the outcome's name, e.g. {@code CORRECT}
     * @param score points earned
     * @param maxScore points possible
     */
    public record Result(String outcome, double score, double maxScore) {}

    /** @return the context value, or {@code ""} */
    public String context(String name) {
        return context.getOrDefault(name, "");
    }
}
