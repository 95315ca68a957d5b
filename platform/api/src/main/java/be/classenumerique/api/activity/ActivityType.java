package be.classenumerique.api.activity;

import be.classenumerique.api.ui.ActivityViews;
import java.util.List;
import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * A kind of exercise or lesson step: single choice, block coding, a classifier lab, a branching
 * scenario… The platform's own types and plugins' types go through this same contract.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #grade} runs on the server and is the only judge of a response. It must be
 *       deterministic for the same config and response, finish quickly (run untrusted code, such as
 *       pupil programs, under time, memory and step limits), and never throw for a malformed
 *       response: such a response is simply {@link Outcome#INCORRECT}.
 *   <li>{@link #validate} is called for every activity of this type when content loads; a config with
 *       problems is refused with them, so {@link #grade} and the views may assume a valid config.
 *   <li>Implementations hold no per-learner state: one instance serves every learner concurrently.
 * </ul>
 *
 * @since 0.1.0
 */
public interface ActivityType extends ExtensionPoint {

    /**
     * @return the type's id, {@code <pluginId>:<name>} (the platform's own are {@code builtin:…});
     *     stored with every attempt, so never renamed
     * @since 0.1.0
     */
    String id();

    /**
     * @param locale the reader's language
     * @return the type's name for teachers and authors, e.g. "Question à choix unique"
     * @since 0.1.0
     */
    String name(Locale locale);

    /**
     * @param config an authored activity of this type
     * @return every problem found; empty when the config can be shown and graded
     * @since 0.1.0
     */
    List<ConfigProblem> validate(ActivityConfig config);

    /**
     * @param config a valid activity of this type
     * @param response what the learner answered (possibly malformed or hostile)
     * @return the verdict
     * @since 0.1.0
     */
    Grade grade(ActivityConfig config, LearnerResponse response);

    /**
     * @return the views of this type; kept apart so grading never depends on the UI toolkit
     * @since 0.1.0
     */
    ActivityViews views();
}
