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
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A number typed by the pupil, right within a tolerance ({@code tolerance}, default 0). A comma or a point
 * may separate the decimals and spaces may group the digits, as pupils write them.
 */
@org.springframework.stereotype.Component
public class NumberActivity extends QuestionActivity {

    public static final String ID = "builtin:number";

    public NumberActivity(PlatformI18nProvider i18n) {
        super(i18n, ID, "activity.number.name");
    }

    @Override
    List<String> ownKeys() {
        return List.of("answer", "tolerance", "unit");
    }

    @Override
    void validateOwn(ActivityConfig config, List<ConfigProblem> problems) {
        if (!(config.values().get("answer") instanceof Number)) {
            problems.add(new ConfigProblem("answer", "'answer' must be a number"));
        }
        Object tolerance = config.values().get("tolerance");
        if (tolerance != null && !(tolerance instanceof Number number && number.doubleValue() >= 0)) {
            problems.add(new ConfigProblem("tolerance", "'tolerance' must be a number of 0 or more"));
        }
        if (config.values().containsKey("unit")
                && config.text("unit").filter(unit -> !unit.isBlank()).isEmpty()) {
            problems.add(new ConfigProblem("unit", "'unit' must be a non-empty text when given"));
        }
    }

    @Override
    double score(ActivityConfig config, LearnerResponse response) {
        Optional<BigDecimal> given = parse(TextAnswerView.text(response));
        if (given.isEmpty() || !(config.values().get("answer") instanceof Number answer)) {
            return 0;
        }
        BigDecimal tolerance = config.values().get("tolerance") instanceof Number number
                ? new BigDecimal(number.toString())
                : BigDecimal.ZERO;
        return given.get().subtract(new BigDecimal(answer.toString())).abs().compareTo(tolerance) <= 0 ? 1 : 0;
    }

    /** @return the number a pupil typed, e.g. {@code 3,5}, {@code -2}, {@code 1 000}; empty when it is not one */
    static Optional<BigDecimal> parse(String typed) {
        String clean = typed.strip().replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        if (!clean.matches("[-+]?\\d{1,15}(\\.\\d{1,10})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(clean));
    }

    @Override
    public LearnerView learnerView(LearnerViewContext context) {
        return new TextAnswerView(
                context,
                context.config().text("unit").orElse(null),
                true,
                field -> asked(field, context.config(), context.locale()));
    }

    @Override
    public Component reviewView(ReviewViewContext context) {
        Object answer = context.config().values().get("answer");
        String unit = context.config().text("unit").map(value -> " " + value).orElse("");
        return new Div(
                prompt(context.config()),
                new Paragraph(i18n.getTranslation("review.given", context.locale()) + " "
                        + TextAnswerView.text(context.response()) + unit),
                new Paragraph(i18n.getTranslation("review.expected", context.locale()) + " " + answer + unit));
    }
}
