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
import be.classenumerique.core.content.service.ModuleCatalogue;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/** A lesson page: Markdown text the pupil reads; completing it is recorded, nothing is scored. */
@org.springframework.stereotype.Component
public class LessonActivity implements ActivityType, ActivityViews {

    public static final String ID = "builtin:lesson";

    private final PlatformI18nProvider i18n;
    private final MarkdownRenderer markdown;

    /**
     * @param i18n the platform's translations
     * @param catalogue the catalogue, whose pack files a page may show; looked up when a page is shown,
     *     since the catalogue is built from the activity types, this one included
     */
    @org.springframework.beans.factory.annotation.Autowired
    public LessonActivity(PlatformI18nProvider i18n, ObjectProvider<ModuleCatalogue> catalogue) {
        this(i18n, (moduleId, path) -> catalogue.getObject().hasFile(moduleId, path));
    }

    public LessonActivity(PlatformI18nProvider i18n, MarkdownRenderer.ServedFiles served) {
        this.i18n = i18n;
        this.markdown = new MarkdownRenderer(served);
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
        Fields.onlyKeys(config, List.of("title", "body", "audio"), problems);
        if (config.values().containsKey("audio")
                && config.text("audio").filter(audio -> !audio.isBlank()).isEmpty()) {
            problems.add(new ConfigProblem("audio", "'audio' must be the path of a recording when given"));
        }
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
        Div page = page(context.config(), context.locale());
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
        return page(context.config(), context.locale());
    }

    private Div page(ActivityConfig config, Locale locale) {
        Div text = new Div();
        text.getElement()
                .setProperty(
                        "innerHTML", markdown.toSafeHtml(config.text("body").orElse("")));
        Div page = new Div();
        page.addClassName("cn-lesson");
        // The page read aloud, for pupils who do not read yet: a pack's own file, checked at load and here.
        config.text("audio").flatMap(markdown::servedRecording).ifPresent(audio -> {
            Element player = new Element("audio");
            player.setAttribute("controls", true);
            player.setAttribute("preload", "none");
            player.setAttribute("src", audio);
            player.setAttribute("aria-label", i18n.getTranslation("lesson.listen", locale));
            Div listen = new Div(new Paragraph(i18n.getTranslation("lesson.listen", locale)));
            listen.getElement().appendChild(player);
            listen.addClassName("cn-listen");
            page.add(listen);
        });
        page.add(text);
        return page;
    }
}
