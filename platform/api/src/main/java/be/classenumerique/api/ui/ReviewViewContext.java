package be.classenumerique.api.ui;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.Grade;
import be.classenumerique.api.activity.LearnerResponse;
import java.util.Locale;

/**
 * What a teacher's review view is built from.
 *
 * @param config the activity as it was when the learner answered
 * @param response what the learner answered
 * @param grade the server's verdict on it
 * @param locale the teacher's language
 * @since 0.1.0
 */
public record ReviewViewContext(ActivityConfig config, LearnerResponse response, Grade grade, Locale locale) {}
