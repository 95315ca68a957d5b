package be.classenumerique.api.ui;

import be.classenumerique.api.activity.LearnerResponse;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A learner's working view of one activity. Touch first: targets of at least 44 by 44 CSS pixels,
 * labels on every input, usable at 768 px wide.
 *
 * @since 0.1.0
 */
public interface LearnerView {

    /**
     * @return the component to show
     * @since 0.1.0
     */
    Component component();

    /**
     * @return the response as it stands, or empty while it is incomplete (the platform then keeps
     *     the submit button disabled and explains why)
     * @since 0.1.0
     */
    Optional<LearnerResponse> currentResponse();

    /**
     * Stops or allows editing, e.g. once the last allowed attempt is graded.
     *
     * @param readOnly whether the learner may no longer change the response
     * @since 0.1.0
     */
    void setReadOnly(boolean readOnly);
}
