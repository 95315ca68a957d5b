package be.classenumerique.app.activities;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ConfigProblem;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.ui.LearnerView;
import be.classenumerique.api.ui.LearnerViewContext;
import be.classenumerique.api.ui.ReviewViewContext;
import be.classenumerique.app.i18n.PlatformI18nProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * A question with several right choices. The response is {@code {"choices": [indexes]}}; each right
 * choice ticked counts, each wrong one ticked takes one back, so ticking everything earns nothing.
 */
@org.springframework.stereotype.Component
public class MultipleChoiceActivity extends QuestionActivity {

    public static final String ID = "builtin:multiple-choice";
    static final String CHOICES = "choices";
    private static final int MIN_CHOICES = 2;
    private static final int MAX_CHOICES = 8;

    public MultipleChoiceActivity(PlatformI18nProvider i18n) {
        super(i18n, ID, "activity.multiple-choice.name");
    }

    @Override
    List<String> ownKeys() {
        return List.of("choices", "answers");
    }

    @Override
    void validateOwn(ActivityConfig config, List<ConfigProblem> problems) {
        List<String> choices = Fields.texts(config, "choices", MIN_CHOICES, MAX_CHOICES, problems);
        Set<Integer> answers = answers(config);
        if (answers.isEmpty() || answers.stream().anyMatch(index -> index < 0 || index >= choices.size())) {
            problems.add(new ConfigProblem("answers", "'answers' must list the 0-based indexes of the right choices"));
        }
    }

    @Override
    double score(ActivityConfig config, LearnerResponse response) {
        Set<Integer> right = answers(config);
        Set<Integer> ticked = indexes(response.values().get(CHOICES));
        long hits = ticked.stream().filter(right::contains).count();
        long misses = ticked.size() - hits;
        return right.isEmpty() ? 0 : (double) (hits - misses) / right.size();
    }

    private static Set<Integer> answers(ActivityConfig config) {
        return indexes(config.values().get("answers"));
    }

    /** Integer indexes from a JSON-like list; anything else is ignored, never an error. */
    static Set<Integer> indexes(Object value) {
        Set<Integer> indexes = new TreeSet<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Number number && number.doubleValue() == number.intValue()) {
                    indexes.add(number.intValue());
                }
            }
        }
        return indexes;
    }

    @Override
    public LearnerView learnerView(LearnerViewContext context) {
        List<String> choices = context.config().textList("choices").orElse(List.of());
        CheckboxGroup<Integer> group = new CheckboxGroup<>();
        group.addClassName("cn-choices");
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setHelperText(i18n.getTranslation("activity.multiple-choice.help", context.locale()));
        group.setItems(IntStream.range(0, choices.size()).boxed().toList());
        group.setItemLabelGenerator(choices::get);
        context.previousResponse()
                .map(previous -> indexes(previous.values().get(CHOICES)))
                .map(previous -> {
                    Set<Integer> valid = new HashSet<>(previous);
                    valid.removeIf(index -> index < 0 || index >= choices.size());
                    return valid;
                })
                .ifPresent(group::setValue);
        group.addValueChangeListener(event -> context.responseChanged().run());
        Component component = asked(group, context.config(), context.locale());
        return new SimpleLearnerView(
                component,
                () -> {
                    return group.getValue().isEmpty()
                            ? Optional.empty()
                            : Optional.of(
                                    new LearnerResponse(Map.of(CHOICES, List.copyOf(new TreeSet<>(group.getValue())))));
                },
                readOnly -> {
                    group.setReadOnly(readOnly);
                });
    }

    @Override
    public Component reviewView(ReviewViewContext context) {
        List<String> choices = context.config().textList("choices").orElse(List.of());
        Set<Integer> ticked = indexes(context.response().values().get(CHOICES));
        Set<Integer> right = answers(context.config());
        UnorderedList list = new UnorderedList();
        for (int index = 0; index < choices.size(); index++) {
            StringBuilder label = new StringBuilder(choices.get(index));
            if (ticked.contains(index)) {
                label.append(" — ").append(i18n.getTranslation("review.chosen", context.locale()));
            }
            if (right.contains(index)) {
                label.append(" — ").append(i18n.getTranslation("review.right-answer", context.locale()));
            }
            list.add(new ListItem(label.toString()));
        }
        return new Div(prompt(context.config()), list);
    }
}
