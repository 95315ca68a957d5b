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
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A short typed answer checked against the accepted answers: case, spacing and a final full stop never
 * count; accents do not either, unless the question says {@code accents: required} (a spelling exercise).
 */
@org.springframework.stereotype.Component
public class ShortTextActivity extends QuestionActivity {

    public static final String ID = "builtin:short-text";

    public ShortTextActivity(PlatformI18nProvider i18n) {
        super(i18n, ID, "activity.short-text.name");
    }

    @Override
    List<String> ownKeys() {
        return List.of("answers", "accents");
    }

    @Override
    void validateOwn(ActivityConfig config, List<ConfigProblem> problems) {
        List<String> answers = config.textList("answers").orElse(List.of());
        if (answers.isEmpty() || answers.stream().anyMatch(String::isBlank)) {
            problems.add(new ConfigProblem("answers", "'answers' must list the accepted answers, none empty"));
        }
        if (config.values().containsKey("accents")
                && !config.text("accents")
                        .filter(value -> value.equals("required") || value.equals("ignored"))
                        .isPresent()) {
            problems.add(new ConfigProblem("accents", "'accents' must be 'required' or 'ignored'"));
        }
    }

    @Override
    double score(ActivityConfig config, LearnerResponse response) {
        boolean keepAccents = config.text("accents").filter("required"::equals).isPresent();
        String given = normalise(TextAnswerView.text(response), keepAccents);
        return !given.isEmpty()
                        && config.textList("answers").orElse(List.of()).stream()
                                .anyMatch(
                                        answer -> normalise(answer, keepAccents).equals(given))
                ? 1
                : 0;
    }

    static String normalise(String text, boolean keepAccents) {
        String normalised =
                Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        normalised = normalised.replaceAll("[.!]+$", "").strip().toLowerCase(Locale.ROOT);
        normalised = normalised.replace('’', '\'');
        return keepAccents
                ? normalised
                : Normalizer.normalize(normalised, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    @Override
    public LearnerView learnerView(LearnerViewContext context) {
        return new TextAnswerView(context, null, false, field -> asked(field, context.config(), context.locale()));
    }

    @Override
    public Component reviewView(ReviewViewContext context) {
        return new Div(
                prompt(context.config()),
                new Paragraph(i18n.getTranslation("review.given", context.locale()) + " "
                        + TextAnswerView.text(context.response())),
                new Paragraph(i18n.getTranslation("review.expected", context.locale()) + " "
                        + String.join(
                                " / ", context.config().textList("answers").orElse(List.of()))));
    }
}
