package be.classenumerique.core.authoring.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A module as a teacher edits it in the platform, before it is checked and saved.
 *
 * @param title its title
 * @param summary what the pupil will learn
 * @param language the language it is written in
 * @param levels FWB levels it suits
 * @param durationMinutes how long it takes
 * @param competences competence references, e.g. {@code digcomp:4.1}
 * @param licence the licence of its text
 * @param activities its activities, in order
 */
public record ModuleDraft(
        String title,
        String summary,
        Locale language,
        List<String> levels,
        int durationMinutes,
        List<String> competences,
        String licence,
        List<ActivityDraft> activities) {

    public ModuleDraft {
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary.strip();
        Objects.requireNonNull(language, "language");
        levels = List.copyOf(levels);
        competences = List.copyOf(competences);
        activities = List.copyOf(activities);
    }
}
