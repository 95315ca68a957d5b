package be.classenumerique.core.progress.domain;

/**
 * How far a pupil got in one competence area, over the modules tagged with it.
 *
 * @param areaRef e.g. {@code digcomp:4}
 * @param succeeded activities of those modules the pupil got right (or read, for lesson pages)
 * @param available all activities of those modules
 */
public record AreaProgress(String areaRef, int succeeded, int available) {

    /** @return the share succeeded, from 0 to 1; 0 when nothing is available yet */
    public double share() {
        return available == 0 ? 0 : (double) succeeded / available;
    }
}
