package be.classenumerique.core.progress.domain;

/**
 * How far a pupil got in one competence, over the activities that work on it.
 *
 * @param competenceRef e.g. {@code digcomp:4.1}
 * @param succeeded those activities the pupil got right (or read, for lesson pages)
 * @param available all those activities
 */
public record CompetenceScore(String competenceRef, int succeeded, int available) {}
