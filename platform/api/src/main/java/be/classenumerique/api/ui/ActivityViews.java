package be.classenumerique.api.ui;

import com.vaadin.flow.component.Component;

/**
 * The screens of an {@link be.classenumerique.api.activity.ActivityType}. The platform frames them:
 * it shows the title, the submit button, the saved state and the server's feedback, so a view only
 * renders the activity and collects the response.
 *
 * @since 0.1.0
 */
public interface ActivityViews {

    /**
     * Builds the view a learner answers in. Called once per showing, on the UI thread.
     *
     * @param context the activity, the learner's language and earlier response
     * @return a new view; never shared between learners
     * @since 0.1.0
     */
    LearnerView learnerView(LearnerViewContext context);

    /**
     * Builds the read-only view a teacher reviews a learner's response in.
     *
     * @param context the activity, the response and its grade
     * @return a new component
     * @since 0.1.0
     */
    Component reviewView(ReviewViewContext context);
}
