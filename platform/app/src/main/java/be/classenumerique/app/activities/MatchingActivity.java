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
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Pairs to match: for each item on the left, the pupil picks its partner from a list (shuffled). The
 * module lists the pairs as {@code left: …, right: …}; the response is {@code {"matches": {"0": 2, …}}}
 * (left index → right index); each right pair counts.
 */
@org.springframework.stereotype.Component
public class MatchingActivity extends QuestionActivity {

    public static final String ID = "builtin:matching";
    static final String MATCHES = "matches";

    public MatchingActivity(PlatformI18nProvider i18n) {
        super(i18n, ID, "activity.matching.name");
    }

    @Override
    List<String> ownKeys() {
        return List.of("pairs");
    }

    @Override
    void validateOwn(ActivityConfig config, List<ConfigProblem> problems) {
        List<Map<?, ?>> pairs = pairs(config);
        if (pairs.size() < 2
                || pairs.size() > 8
                || pairs.stream()
                        .anyMatch(pair -> !(pair.get("left") instanceof String left)
                                || left.isBlank()
                                || !(pair.get("right") instanceof String right)
                                || right.isBlank())) {
            problems.add(new ConfigProblem(
                    "pairs", "'pairs' must list 2 to 8 pairs, each with a 'left' and a 'right' text"));
        }
    }

    @Override
    double score(ActivityConfig config, LearnerResponse response) {
        int size = pairs(config).size();
        Map<Integer, Integer> matches = matches(response);
        long right = IntStream.range(0, size)
                .filter(left -> matches.getOrDefault(left, -1) == left)
                .count();
        return size == 0 ? 0 : (double) right / size;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> pairs(ActivityConfig config) {
        return config.values().get("pairs") instanceof List<?> list
                        && list.stream().allMatch(Map.class::isInstance)
                ? (List<Map<?, ?>>) list
                : List.of();
    }

    private static Map<Integer, Integer> matches(LearnerResponse response) {
        Map<Integer, Integer> matches = new LinkedHashMap<>();
        if (response.values().get(MATCHES) instanceof Map<?, ?> map) {
            map.forEach((left, right) -> {
                try {
                    if (right instanceof Number number) {
                        matches.put(Integer.parseInt(String.valueOf(left)), number.intValue());
                    }
                } catch (NumberFormatException ignored) {
                    // Not an index: the pair simply does not count.
                }
            });
        }
        return matches;
    }

    @Override
    public LearnerView learnerView(LearnerViewContext context) {
        List<Map<?, ?>> pairs = pairs(context.config());
        List<Integer> rights =
                new ArrayList<>(IntStream.range(0, pairs.size()).boxed().toList());
        Collections.shuffle(rights, new Random(context.config().activityId().hashCode()));
        Map<Integer, Integer> previous =
                context.previousResponse().map(MatchingActivity::matches).orElse(Map.of());
        Div rows = new Div();
        rows.addClassName("cn-matching");
        List<Select<Integer>> selects = new ArrayList<>();
        for (int left = 0; left < pairs.size(); left++) {
            Select<Integer> select = new Select<>();
            select.setLabel(String.valueOf(pairs.get(left).get("left")));
            select.setItems(rights);
            select.setItemLabelGenerator(
                    right -> String.valueOf(pairs.get(right).get("right")));
            Integer chosen = previous.get(left);
            if (chosen != null && rights.contains(chosen)) {
                select.setValue(chosen);
            }
            select.addValueChangeListener(event -> context.responseChanged().run());
            selects.add(select);
            rows.add(select);
        }
        Component component = asked(rows, context.config(), context.locale());
        return new SimpleLearnerView(
                component,
                () -> {
                    Map<String, Object> matches = new LinkedHashMap<>();
                    for (int left = 0; left < selects.size(); left++) {
                        if (selects.get(left).getValue() != null) {
                            matches.put(String.valueOf(left), selects.get(left).getValue());
                        }
                    }
                    return matches.isEmpty()
                            ? Optional.empty()
                            : Optional.of(new LearnerResponse(Map.of(MATCHES, matches)));
                },
                readOnly -> {
                    selects.forEach(select -> select.setReadOnly(readOnly));
                });
    }

    @Override
    public Component reviewView(ReviewViewContext context) {
        List<Map<?, ?>> pairs = pairs(context.config());
        Map<Integer, Integer> matches = matches(context.response());
        UnorderedList list = new UnorderedList();
        for (int left = 0; left < pairs.size(); left++) {
            Integer right = matches.get(left);
            String given = right != null && right >= 0 && right < pairs.size()
                    ? String.valueOf(pairs.get(right).get("right"))
                    : "—";
            list.add(new ListItem(pairs.get(left).get("left") + " → " + given + " ("
                    + i18n.getTranslation("review.expected", context.locale()) + " "
                    + pairs.get(left).get("right") + ")"));
        }
        return new Div(prompt(context.config()), list);
    }
}
