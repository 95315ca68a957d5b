package be.classenumerique.app.activities;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ActivityType;
import be.classenumerique.api.activity.ConfigProblem;
import be.classenumerique.api.activity.Grade;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.activity.Outcome;
import be.classenumerique.api.ui.ActivityViews;
import be.classenumerique.api.ui.LearnerView;
import be.classenumerique.api.ui.LearnerViewContext;
import be.classenumerique.api.ui.ReviewViewContext;
import be.classenumerique.app.i18n.PlatformI18nProvider;
import be.classenumerique.core.content.service.MarkdownRenderer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A lesson page: Markdown text the pupil reads; completing it is recorded, nothing is scored. */
@org.springframework.stereotype.Component
public class LessonActivity implements ActivityType, ActivityViews {

    public static final String ID = "builtin:lesson";

    private final PlatformI18nProvider i18n;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public LessonActivity(PlatformI18nProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return i18n.getTranslation("activity.lesson.name", locale);
    }

    @Override
    public List<ConfigProblem> validate(ActivityConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        Fields.requireText(config, "title", problems);
        Fields.requireText(config, "body", problems);
        Fields.onlyKeys(config, List.of("title", "body"), problems);
        return problems;
    }

    @Override
    public Grade grade(ActivityConfig config, LearnerResponse response) {
        return new Grade(Outcome.COMPLETED, 0, 0, "");
    }

    @Override
    public ActivityViews views() {
        return this;
    }

    @Override
    public LearnerView learnerView(LearnerViewContext context) {
        Div page = page(context.config());
        return new LearnerView() {
            @Override
            public Component component() {
                return page;
            }

            @Override
            public Optional<LearnerResponse> currentResponse() {
                return Optional.of(new LearnerResponse(Map.of()));
            }

            @Override
            public void setReadOnly(boolean readOnly) {
                // Nothing to edit on a lesson page.
            }
        };
    }

    @Override
    public Component reviewView(ReviewViewContext context) {
        return page(context.config());
    }

    private Div page(ActivityConfig config) {
        Div page = new Div();
        page.addClassName("cn-lesson");
        page.getElement()
                .setProperty(
                        "innerHTML", markdown.toSafeHtml(config.text("body").orElse("")));
        return page;
    }
}
