package be.classenumerique.app.activities;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ConfigProblem;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.ui.LearnerView;
import be.classenumerique.api.ui.LearnerViewContext;
import be.classenumerique.api.ui.ReviewViewContext;
import be.classenumerique.app.i18n.PlatformI18nProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A statement the pupil says is true or false. The response is {@code {"value": true|false}}. */
@org.springframework.stereotype.Component
public class TrueFalseActivity extends QuestionActivity {

    public static final String ID = "builtin:true-false";
    static final String VALUE = "value";

    public TrueFalseActivity(PlatformI18nProvider i18n) {
        super(i18n, ID, "activity.true-false.name");
    }

    @Override
    List<String> ownKeys() {
        return List.of("answer");
    }

    @Override
    void validateOwn(ActivityConfig config, List<ConfigProblem> problems) {
        if (!(config.values().get("answer") instanceof Boolean)) {
            problems.add(new ConfigProblem("answer", "'answer' must be true or false"));
        }
    }

    @Override
    double score(ActivityConfig config, LearnerResponse response) {
        Object given = response.values().get(VALUE);
        return given instanceof Boolean && given.equals(config.values().get("answer")) ? 1 : 0;
    }

    @Override
    public LearnerView learnerView(LearnerViewContext context) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        group.addClassName("cn-choices");
        group.setItems(true, false);
        group.setItemLabelGenerator(
                value -> i18n.getTranslation(value ? "activity.true" : "activity.false", context.locale()));
        context.previousResponse()
                .map(previous -> previous.values().get(VALUE))
                .filter(Boolean.class::isInstance)
                .map(Boolean.class::cast)
                .ifPresent(group::setValue);
        group.addValueChangeListener(event -> context.responseChanged().run());
        Component component = asked(group, context.config(), context.locale());
        return new SimpleLearnerView(
                component,
                () -> {
                    return Optional.ofNullable(group.getValue())
                            .map(value -> new LearnerResponse(Map.of(VALUE, value)));
                },
                readOnly -> {
                    group.setReadOnly(readOnly);
                });
    }

    @Override
    public Component reviewView(ReviewViewContext context) {
        Object given = context.response().values().get(VALUE);
        Object answer = context.config().values().get("answer");
        return new Div(
                prompt(context.config()),
                new Paragraph(
                        i18n.getTranslation("review.given", context.locale()) + " " + label(given, context.locale())),
                new Paragraph(i18n.getTranslation("review.expected", context.locale()) + " "
                        + label(answer, context.locale())));
    }

    private String label(Object value, java.util.Locale locale) {
        return value instanceof Boolean flag
                ? i18n.getTranslation(flag ? "activity.true" : "activity.false", locale)
                : "—";
    }
}
