package be.classenumerique.app.activities;

import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.ui.LearnerView;
import be.classenumerique.api.ui.LearnerViewContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A typed answer, for the short-text and number questions: the response is {@code {"text": "…"}}. */
final class TextAnswerView implements LearnerView {

    static final String TEXT = "text";
    static final int MAX_LENGTH = 200;

    private final TextField field;
    private final Component component;

    TextAnswerView(LearnerViewContext context, String suffix, boolean numeric, UnaryOperator<Component> decorate) {
        field = new TextField();
        field.addClassName("cn-text-answer");
        field.setMaxLength(MAX_LENGTH);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        if (numeric) {
            field.getElement().setAttribute("inputmode", "decimal");
        }
        if (suffix != null && !suffix.isBlank()) {
            field.setSuffixComponent(new Span(suffix));
        }
        context.previousResponse()
                .flatMap(previous -> Optional.ofNullable(previous.values().get(TEXT)))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .ifPresent(field::setValue);
        field.addValueChangeListener(event -> context.responseChanged().run());
        this.component = decorate.apply(field);
    }

    @Override
    public Component component() {
        return component;
    }

    @Override
    public Optional<LearnerResponse> currentResponse() {
        String text = field.getValue().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(new LearnerResponse(Map.of(TEXT, text)));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }

    /** @return the typed text of a response, or empty */
    static String text(LearnerResponse response) {
        return response.values().get(TEXT) instanceof String text ? text : "";
    }
}
