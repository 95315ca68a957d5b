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
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A question with one right choice among two to six. The response is {@code {"choice": <index>}}; the
 * answer never leaves the server.
 */
@org.springframework.stereotype.Component
public class SingleChoiceActivity extends QuestionActivity {

    public static final String ID = "builtin:single-choice";
    static final String CHOICE = "choice";
    private static final int MIN_CHOICES = 2;
    private static final int MAX_CHOICES = 6;

    public SingleChoiceActivity(PlatformI18nProvider i18n) {
        super(i18n, ID, "activity.single-choice.name");
    }

    @Override
    List<String> ownKeys() {
        return List.of("choices", "answer");
    }

    @Override
    void validateOwn(ActivityConfig config, List<ConfigProblem> problems) {
        List<String> choices = Fields.texts(config, "choices", MIN_CHOICES, MAX_CHOICES, problems);
        Optional<Integer> answer = config.integer("answer");
        if (answer.isEmpty() || answer.get() < 0 || answer.get() >= Math.max(choices.size(), 1)) {
            problems.add(new ConfigProblem("answer", "'answer' must be the 0-based index of one of the choices"));
        }
    }

    @Override
    double score(ActivityConfig config, LearnerResponse response) {
        return response.integer(CHOICE).equals(config.integer("answer")) ? 1 : 0;
    }

    @Override
    public LearnerView learnerView(LearnerViewContext context) {
        List<String> choices = context.config().textList("choices").orElse(List.of());
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
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
                asked(group, context.config(), context.locale()),
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
        Div review = new Div(prompt(context.config()));
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
