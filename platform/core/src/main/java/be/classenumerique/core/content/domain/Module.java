package be.classenumerique.core.content.domain;

import be.classenumerique.api.activity.ActivityConfig;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A module: ordered activities (lesson pages and exercises) with what a teacher needs to choose it.
 *
 * @param id unique across all sources
 * @param version raised when a change would alter how past attempts are read
 * @param packId the pack it came from
 * @param source where the pack came from: {@code content} or a plugin id
 * @param language the language it is written in
 * @param title its title
 * @param summary what the pupil will learn
 * @param levels FWB levels it suits, e.g. {@code P5}
 * @param durationMinutes how long it takes
 * @param competences competence references, e.g. {@code digcomp:4.1}
 * @param licence the content's licence, e.g. {@code CC-BY-SA-4.0}
 * @param activities the activities, in order
 * @param activityCompetences activity id → the competences it works on, for activities tagged apart from
 *     their module; the others work on the module's
 */
public record Module(
        String id,
        int version,
        String packId,
        String source,
        Locale language,
        String title,
        String summary,
        List<String> levels,
        int durationMinutes,
        List<String> competences,
        String licence,
        List<ActivityConfig> activities,
        Map<String, List<String>> activityCompetences) {

    public Module {
        levels = List.copyOf(levels);
        competences = List.copyOf(competences);
        activities = List.copyOf(activities);
        activityCompetences = Map.copyOf(activityCompetences);
    }

    /** A module whose activities all work on the module's competences. */
    public Module(
            String id,
            int version,
            String packId,
            String source,
            Locale language,
            String title,
            String summary,
            List<String> levels,
            int durationMinutes,
            List<String> competences,
            String licence,
            List<ActivityConfig> activities) {
        this(
                id,
                version,
                packId,
                source,
                language,
                title,
                summary,
                levels,
                durationMinutes,
                competences,
                licence,
                activities,
                Map.of());
    }

    /**
     * @param activityId one of its activities
     * @return the competences that activity works on: its own tags, else the module's
     */
    public List<String> competencesOf(String activityId) {
        return activityCompetences.getOrDefault(activityId, competences);
    }

    /**
     * @param activityId an activity id
     * @return the activity, if the module has it
     */
    public Optional<ActivityConfig> activity(String activityId) {
        return activities.stream()
                .filter(activity -> activity.activityId().equals(activityId))
                .findFirst();
    }
}
