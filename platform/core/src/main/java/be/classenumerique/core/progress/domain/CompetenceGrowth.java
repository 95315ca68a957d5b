package be.classenumerique.core.progress.domain;

import java.time.Instant;
import java.util.List;

/**
 * A pupil's progress per competence area at the start of a period and now.
 *
 * @param since the start of the period
 * @param then the progress at {@code since}
 * @param now the progress now, area by area in the same order as {@code then}
 */
public record CompetenceGrowth(Instant since, List<AreaProgress> then, List<AreaProgress> now) {

    public CompetenceGrowth {
        then = List.copyOf(then);
        now = List.copyOf(now);
    }
}
