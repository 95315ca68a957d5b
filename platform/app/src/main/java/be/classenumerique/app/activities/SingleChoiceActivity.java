package be.classenumerique.app.activities;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ActivityType;
import be.classenumerique.api.activity.ConfigProblem;
import be.classenumerique.api.activity.Grade;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.ui.ActivityViews;
import be.classenumerique.api.ui.LearnerView;
import be.classenumerique.api.ui.LearnerViewContext;
import be.classenumerique.api.ui.ReviewViewContext;
import be.classenumerique.app.i18n.PlatformI18nProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A question with one right choice among two to six. The response is {@code {"choice": <index>}}; the
 * answer never leaves the server.
 */
@org.springframework.stereotype.Component
public class SingleChoiceActivity implements ActivityType, ActivityViews {

    public static final String ID = "builtin:single-choice";
    static final String CHOICE = "choice";
    private static final int MIN_CHOICES = 2;
    private static final int MAX_CHOICES = 6;

    private final PlatformI18nProvider i18n;

    public SingleChoiceActivity(PlatformI18nProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return i18n.getTranslation("activity.single-choice.name", locale);
    }

    @Override
    public List<ConfigProblem> validate(ActivityConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        Fields.requireText(config, "title", problems);
        Fields.requireText(config, "prompt", problems);
        Fields.onlyKeys(config, List.of("title", "prompt", "choices", "answer", "feedback"), problems);
        List<String> choices = config.textList("choices").orElse(List.of());
        if (choices.size() < MIN_CHOICES
                || choices.size() > MAX_CHOICES
                || choices.stream().anyMatch(String::isBlank)) {
            problems.add(new ConfigProblem(
                    "choices", "'choices' must list " + MIN_CHOICES + " to " + MAX_CHOICES + " non-empty texts"));
        }
        Optional<Integer> answer = config.integer("answer");
        if (answer.isEmpty() || answer.get() < 0 || answer.get() >= Math.max(choices.size(), 1)) {
            problems.add(new ConfigProblem("answer", "'answer' must be the 0-based index of one of the choices"));
        }
        Map<String, Object> feedback = config.map("feedback").orElse(Map.of());
        for (String key : List.of("correct", "incorrect")) {
            if (!(feedback.get(key) instanceof String text) || text.isBlank()) {
                problems.add(new ConfigProblem("feedback", "'feedback' needs a non-empty '" + key + "' text"));
            }
        }
        return problems;
    }

    @Override
    public Grade grade(ActivityConfig config, LearnerResponse response) {
        Map<String, Object> feedback = config.map("feedback").orElse(Map.of());
        boolean right = response.integer(CHOICE).equals(config.integer("answer"));
        return right
                ? Grade.correct(1, String.valueOf(feedback.getOrDefault("correct", "")))
                : Grade.incorrect(1, String.valueOf(feedback.getOrDefault("incorrect", "")));
    }

    @Override
    public ActivityViews views() {
        return this;
    }

    @Override
    public LearnerView learnerView(LearnerViewContext context) {
        List<String> choices = context.config().textList("choices").orElse(List.of());
        RadioButtonGroup<Integer> group =
                new RadioButtonGroup<>(context.config().text("prompt").orElse(""));
        group.addClassName("cn-choices");
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(IntStream.range(0, choices.size()).boxed().toList());
        group.setItemLabelGenerator(choices::get);
        context.previousResponse()
                .flatMap(previous -> previous.integer(CHOICE))
                .filter(index -> index >= 0 && index < choices.size())
                .ifPresent(group::setValue);
        group.addValueChangeListener(event -> context.responseChanged().run());
        return new SimpleLearnerView(
                group,
                () -> {
                    return Optional.ofNullable(group.getValue())
                            .map(index -> new LearnerResponse(Map.of(CHOICE, index)));
                },
                readOnly -> {
                    group.setReadOnly(readOnly);
                });
    }

    @Override
    public Component reviewView(ReviewViewContext context) {
        List<String> choices = context.config().textList("choices").orElse(List.of());
        Optional<Integer> chosen = context.response().integer(CHOICE);
        int answer = context.config().integer("answer").orElse(-1);
        Div review = new Div(new Paragraph(context.config().text("prompt").orElse("")));
        UnorderedList list = new UnorderedList();
        for (int index = 0; index < choices.size(); index++) {
            StringBuilder label = new StringBuilder(choices.get(index));
            if (chosen.isPresent() && chosen.get() == index) {
                label.append(" — ").append(i18n.getTranslation("review.chosen", context.locale()));
            }
            if (index == answer) {
                label.append(" — ").append(i18n.getTranslation("review.right-answer", context.locale()));
            }
            list.add(new ListItem(label.toString()));
        }
        review.add(list);
        return review;
    }
}
