package be.classenumerique.app.activities;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ConfigProblem;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.ui.LearnerView;
import be.classenumerique.api.ui.LearnerViewContext;
import be.classenumerique.api.ui.ReviewViewContext;
import be.classenumerique.app.i18n.PlatformI18nProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Steps to put in order. Items are listed in the right order in the module and shown shuffled; the pupil
 * moves them with up and down buttons (no dragging, for touch and keyboard alike). The response is {@code
 * {"order": [item indexes as placed]}}; each item in its place counts.
 */
@org.springframework.stereotype.Component
public class OrderingActivity extends QuestionActivity {

    public static final String ID = "builtin:ordering";
    static final String ORDER = "order";

    public OrderingActivity(PlatformI18nProvider i18n) {
        super(i18n, ID, "activity.ordering.name");
    }

    @Override
    List<String> ownKeys() {
        return List.of("items");
    }

    @Override
    void validateOwn(ActivityConfig config, List<ConfigProblem> problems) {
        Fields.texts(config, "items", 2, 8, problems);
    }

    @Override
    double score(ActivityConfig config, LearnerResponse response) {
        int size = config.textList("items").orElse(List.of()).size();
        return permutation(response.values().get(ORDER), size)
                .map(order -> (double) IntStream.range(0, size)
                                .filter(position -> order.get(position) == position)
                                .count()
                        / size)
                .orElse(0.0);
    }

    /** @return the value as an order of {@code size} items, when it is one */
    private static Optional<List<Integer>> permutation(Object value, int size) {
        if (!(value instanceof List<?> list) || list.size() != size || size == 0) {
            return Optional.empty();
        }
        List<Integer> order = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Number number) || number.intValue() < 0 || number.intValue() >= size) {
                return Optional.empty();
            }
            order.add(number.intValue());
        }
        return order.stream().distinct().count() == size ? Optional.of(order) : Optional.empty();
    }

    @Override
    public LearnerView learnerView(LearnerViewContext context) {
        List<String> items = context.config().textList("items").orElse(List.of());
        List<Integer> order =
                new ArrayList<>(IntStream.range(0, items.size()).boxed().toList());
        // The same shuffle every time for this activity, never the right order.
        Collections.shuffle(order, new Random(context.config().activityId().hashCode()));
        if (order.equals(IntStream.range(0, items.size()).boxed().toList()) && order.size() > 1) {
            Collections.swap(order, 0, 1);
        }
        permutation(
                        context.previousResponse()
                                .map(previous -> previous.values().get(ORDER))
                                .orElse(null),
                        items.size())
                .ifPresent(previous -> {
                    order.clear();
                    order.addAll(previous);
                });
        OrderedList list = new OrderedList();
        list.addClassName("cn-ordering");
        boolean[] readOnly = {false};
        Runnable[] render = new Runnable[1];
        render[0] = () -> {
            list.removeAll();
            for (int position = 0; position < order.size(); position++) {
                int at = position;
                String item = items.get(order.get(position));
                Button up = new Button("↑", click -> {
                    Collections.swap(order, at, at - 1);
                    render[0].run();
                    context.responseChanged().run();
                });
                up.setAriaLabel(i18n.getTranslation("activity.ordering.up", context.locale(), item));
                up.setEnabled(position > 0 && !readOnly[0]);
                Button down = new Button("↓", click -> {
                    Collections.swap(order, at, at + 1);
                    render[0].run();
                    context.responseChanged().run();
                });
                down.setAriaLabel(i18n.getTranslation("activity.ordering.down", context.locale(), item));
                down.setEnabled(position < order.size() - 1 && !readOnly[0]);
                up.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                down.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                Span text = new Span(item);
                text.addClassName("cn-item");
                list.add(new ListItem(text, up, down));
            }
        };
        render[0].run();
        Component component = asked(list, context.config(), context.locale());
        return new SimpleLearnerView(
                component,
                () -> {
                    return Optional.of(new LearnerResponse(Map.of(ORDER, List.copyOf(order))));
                },
                value -> {
                    readOnly[0] = value;
                    render[0].run();
                });
    }

    @Override
    public Component reviewView(ReviewViewContext context) {
        List<String> items = context.config().textList("items").orElse(List.of());
        OrderedList given = new OrderedList();
        Object raw = context.response().values().get(ORDER);
        if (raw instanceof List<?> list) {
            for (Object index : list) {
                if (index instanceof Number number && number.intValue() >= 0 && number.intValue() < items.size()) {
                    given.add(new ListItem(items.get(number.intValue())));
                }
            }
        }
        OrderedList expected = new OrderedList();
        items.forEach(item -> expected.add(new ListItem(item)));
        return new Div(
                prompt(context.config()),
                new Paragraph(i18n.getTranslation("review.given", context.locale())),
                given,
                new Paragraph(i18n.getTranslation("review.expected", context.locale())),
                expected);
    }
}
