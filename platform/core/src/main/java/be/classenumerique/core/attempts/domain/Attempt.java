package be.classenumerique.core.attempts.domain;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.Grade;
import be.classenumerique.api.activity.LearnerResponse;
import java.time.Instant;

/**
 * One graded answer of a pupil, never changed once stored. It keeps the activity as the pupil saw it,
 * so a later change to the module cannot alter how this answer reads.
 *
 * @param id the id the pupil's device generated, so a retry never stores it twice
 * @param pupilId who answered
 * @param schoolId their school
 * @param classId their class at the time
 * @param moduleId the module
 * @param moduleVersion the module's version at the time
 * @param activity the activity as shown
 * @param response the answer
 * @param grade the server's verdict
 * @param at when it was received
 */
public record Attempt(
        String id,
        String pupilId,
        String schoolId,
        String classId,
        String moduleId,
        int moduleVersion,
        ActivityConfig activity,
        LearnerResponse response,
        Grade grade,
        Instant at) {}
