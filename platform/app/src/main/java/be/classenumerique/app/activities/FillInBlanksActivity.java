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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with words to fill in: {@code text: "Le mot de passe reste [[secret|privé]]."} — each blank
 * lists its accepted answers between double brackets, separated by {@code |}. Answers are checked like a
 * short text (case, spaces and accents forgiven); each blank filled right counts. The response is {@code
 * {"blanks": ["…", …]}}.
 */
@org.springframework.stereotype.Component
public class FillInBlanksActivity extends QuestionActivity {

    public static final String ID = "builtin:fill-in-blanks";
    static final String BLANKS = "blanks";
    private static final Pattern BLANK = Pattern.compile("\\[\\[([^\\]]+)]]");

    public FillInBlanksActivity(PlatformI18nProvider i18n) {
        super(i18n, ID, "activity.fill-in-blanks.name");
    }

    @Override
    List<String> ownKeys() {
        return List.of("text");
    }

    @Override
    void validateOwn(ActivityConfig config, List<ConfigProblem> problems) {
        List<List<String>> blanks = blanks(config);
        if (blanks.isEmpty()
                || blanks.size() > 10
                || blanks.stream().anyMatch(answers -> answers.stream().anyMatch(String::isBlank))) {
            problems.add(new ConfigProblem("text", "'text' must hold 1 to 10 blanks like [[answer|other answer]]"));
        }
    }

    private static List<List<String>> blanks(ActivityConfig config) {
        List<List<String>> blanks = new ArrayList<>();
        Matcher matcher = BLANK.matcher(config.text("text").orElse(""));
        while (matcher.find()) {
            blanks.add(List.of(matcher.group(1).split("\\|", -1)));
        }
        return blanks;
    }

    @Override
    double score(ActivityConfig config, LearnerResponse response) {
        List<List<String>> blanks = blanks(config);
        if (blanks.isEmpty() || !(response.values().get(BLANKS) instanceof List<?> given)) {
            return 0;
        }
        int right = 0;
        for (int i = 0; i < blanks.size() && i < given.size(); i++) {
            String typed = ShortTextActivity.normalise(String.valueOf(given.get(i)), false);
            if (!typed.isEmpty()
                    && blanks.get(i).stream()
                            .anyMatch(answer ->
                                    ShortTextActivity.normalise(answer, false).equals(typed))) {
                right++;
            }
        }
        return (double) right / blanks.size();
    }

    @Override
    public LearnerView learnerView(LearnerViewContext context) {
        String text = context.config().text("text").orElse("");
        List<?> previous = context.previousResponse()
                .map(response -> response.values().get(BLANKS))
                .filter(List.class::isInstance)
                .map(List.class::cast)
                .orElse(List.of());
        Paragraph sentence = new Paragraph();
        sentence.addClassName("cn-blanks");
        List<TextField> fields = new ArrayList<>();
        Matcher matcher = BLANK.matcher(text);
        int from = 0;
        while (matcher.find()) {
            sentence.add(new Span(text.substring(from, matcher.start())));
            TextField field = new TextField();
            field.setAriaLabel(
                    i18n.getTranslation("activity.fill-in-blanks.blank", context.locale(), fields.size() + 1));
            field.setMaxLength(TextAnswerView.MAX_LENGTH);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            if (fields.size() < previous.size() && previous.get(fields.size()) instanceof String value) {
                field.setValue(value);
            }
            field.addValueChangeListener(event -> context.responseChanged().run());
            fields.add(field);
            sentence.add(field);
            from = matcher.end();
        }
        sentence.add(new Span(text.substring(from)));
        Component component = asked(sentence, context.config(), context.locale());
        return new SimpleLearnerView(
                component,
                () -> {
                    List<String> values = fields.stream()
                            .map(field -> field.getValue().strip())
                            .toList();
                    return values.stream().allMatch(String::isEmpty)
                            ? Optional.empty()
                            : Optional.of(new LearnerResponse(Map.of(BLANKS, values)));
                },
                readOnly -> {
                    fields.forEach(field -> field.setReadOnly(readOnly));
                });
    }

    @Override
    public Component reviewView(ReviewViewContext context) {
        List<List<String>> blanks = blanks(context.config());
        List<?> given = context.response().values().get(BLANKS) instanceof List<?> list ? list : List.of();
        Div review = new Div(prompt(context.config()));
        for (int i = 0; i < blanks.size(); i++) {
            review.add(new Paragraph((i + 1) + ". " + (i < given.size() ? given.get(i) : "—") + " ("
                    + i18n.getTranslation("review.expected", context.locale()) + " " + String.join(" / ", blanks.get(i))
                    + ")"));
        }
        return review;
    }
}
