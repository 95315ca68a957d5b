package be.classenumerique.app.activities;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ActivityType;
import be.classenumerique.api.activity.ConfigProblem;
import be.classenumerique.api.activity.Grade;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.activity.Outcome;
import be.classenumerique.api.ui.ActivityViews;
import be.classenumerique.app.i18n.PlatformI18nProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the built-in question types share: a title, a prompt, feedback for a right and a wrong answer, an
 * optional hint the pupil may open, and a score between 0 and 1 turned into a grade on the server.
 */
abstract class QuestionActivity implements ActivityType, ActivityViews {

    private static final List<String> COMMON_KEYS = List.of("title", "prompt", "feedback", "hint");

    protected final PlatformI18nProvider i18n;
    private final String id;
    private final String nameKey;

    QuestionActivity(PlatformI18nProvider i18n, String id, String nameKey) {
        this.i18n = i18n;
        this.id = id;
        this.nameKey = nameKey;
    }

    /** @return the keys this type reads besides title, prompt, feedback and hint */
    abstract List<String> ownKeys();

    /** Adds what is wrong with this type's own keys. */
    abstract void validateOwn(ActivityConfig config, List<ConfigProblem> problems);

    /**
     * @return the share of the answer that is right, from 0 to 1; never throws for a malformed response
     */
    abstract double score(ActivityConfig config, LearnerResponse response);

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name(Locale locale) {
        return i18n.getTranslation(nameKey, locale);
    }

    @Override
    public final List<ConfigProblem> validate(ActivityConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        Fields.requireText(config, "title", problems);
        Fields.requireText(config, "prompt", problems);
        List<String> allowed = new ArrayList<>(COMMON_KEYS);
        allowed.addAll(ownKeys());
        Fields.onlyKeys(config, allowed, problems);
        Map<String, Object> feedback = config.map("feedback").orElse(Map.of());
        for (String key : List.of("correct", "incorrect")) {
            if (!(feedback.get(key) instanceof String text) || text.isBlank()) {
                problems.add(new ConfigProblem("feedback", "'feedback' needs a non-empty '" + key + "' text"));
            }
        }
        if (config.values().containsKey("hint")
                && config.text("hint").filter(hint -> !hint.isBlank()).isEmpty()) {
            problems.add(new ConfigProblem("hint", "'hint' must be a non-empty text when given"));
        }
        validateOwn(config, problems);
        return problems;
    }

    @Override
    public final Grade grade(ActivityConfig config, LearnerResponse response) {
        Map<String, Object> feedback = config.map("feedback").orElse(Map.of());
        double score = Math.max(0, Math.min(1, score(config, response)));
        String correct = String.valueOf(feedback.getOrDefault("correct", ""));
        String incorrect = String.valueOf(feedback.getOrDefault("incorrect", ""));
        if (score >= 1) {
            return Grade.correct(1, correct);
        }
        return score <= 0 ? Grade.incorrect(1, incorrect) : new Grade(Outcome.PARTIAL, score, 1, incorrect);
    }

    @Override
    public final ActivityViews views() {
        return this;
    }

    /**
     * @param answer what the pupil answers with: a field or group gets the question as its accessible name,
     *     any other component becomes a group named by it
     * @return the question as a paragraph the pupil reads whole at any width (a field's own label would be
     *     cut to the field's width), then the answer, then the hint when the question has one
     */
    Component asked(Component answer, ActivityConfig config, Locale locale) {
        Paragraph question =
                new Paragraph(withPunctuationKept(config.text("prompt").orElse("")));
        question.addClassName("cn-question");
        question.setId("cn-question-" + config.activityId().replaceAll("[^A-Za-z0-9_-]", "-"));
        String questionId = question.getId().orElseThrow();
        if (answer instanceof HasAriaLabel field) {
            field.setAriaLabelledBy(questionId);
        } else {
            if (!answer.getElement().hasAttribute("role")
                    && !List.of("ol", "ul").contains(answer.getElement().getTag())) {
                answer.getElement().setAttribute("role", "group");
            }
            answer.getElement().setAttribute("aria-labelledby", questionId);
        }
        Div wrapper = new Div(question, answer);
        wrapper.addClassName("cn-asked");
        config.text("hint").filter(hint -> !hint.isBlank()).ifPresent(hint -> {
            Details details = new Details(i18n.getTranslation("activity.hint", locale), new Paragraph(hint));
            details.addClassName("cn-hint");
            wrapper.add(details);
        });
        return wrapper;
    }

    /**
     * @return the text with the space before a French "?", "!", ":", ";" or "»" (and after "«") made
     *     non-breaking, so a wrapped question never starts a line with its own question mark
     */
    static String withPunctuationKept(String text) {
        return text.replaceAll(" ([?!:;»])", "\u00a0$1").replace("« ", "«\u00a0");
    }

    /** @return the prompt, for review views */
    static Paragraph prompt(ActivityConfig config) {
        return new Paragraph(withPunctuationKept(config.text("prompt").orElse("")));
    }
}
