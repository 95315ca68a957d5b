package be.classenumerique.core.progress.domain;

import java.time.Instant;

/**
 * A module a pupil finished: a result on each of its activities.
 *
 * @param moduleId the module
 * @param title its title
 * @param score points earned when it was finished
 * @param maxScore points possible
 * @param at when it was finished
 */
public record Achievement(String moduleId, String title, double score, double maxScore, Instant at) {}
