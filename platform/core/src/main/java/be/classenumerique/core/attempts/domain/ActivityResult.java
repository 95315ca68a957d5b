package be.classenumerique.core.attempts.domain;

import be.classenumerique.api.activity.Outcome;
import java.time.Instant;

/**
 * A pupil's latest result on one activity, as shown in a teacher's grid.
 *
 * @param attemptId the attempt it comes from
 * @param outcome how it turned out
 * @param score points earned
 * @param maxScore points possible
 * @param attempts how many attempts the pupil made on the activity
 * @param at when the latest attempt was received
 */
public record ActivityResult(
        String attemptId, Outcome outcome, double score, double maxScore, int attempts, Instant at) {}
