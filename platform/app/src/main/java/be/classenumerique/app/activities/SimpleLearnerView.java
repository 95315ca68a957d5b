package be.classenumerique.app.activities;

import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.ui.LearnerView;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A learner view made of its three parts, for the built-in types.
 *
 * @param component what the pupil sees
 * @param response the answer as it stands, empty while there is none
 * @param readOnly locks or unlocks the inputs
 */
record SimpleLearnerView(Component component, Supplier<Optional<LearnerResponse>> response, Consumer<Boolean> readOnly)
        implements LearnerView {

    @Override
    public Optional<LearnerResponse> currentResponse() {
        return response.get();
    }

    @Override
    public void setReadOnly(boolean value) {
        readOnly.accept(value);
    }
}
