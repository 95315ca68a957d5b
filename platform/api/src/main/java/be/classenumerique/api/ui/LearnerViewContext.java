package be.classenumerique.api.ui;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.LearnerResponse;
import java.util.Locale;
import java.util.Optional;

/**
 * What a learner view is built from.
 *
 * @param config the activity as authored
 * @param locale the learner's language for the view's own labels
 * @param previousResponse the learner's last saved response, to show it again
 * @param responseChanged call this whenever the response changes, so the platform can enable the
 *     submit button and save a draft
 * @since 0.1.0
 */
public record LearnerViewContext(
        ActivityConfig config, Locale locale, Optional<LearnerResponse> previousResponse, Runnable responseChanged) {}
