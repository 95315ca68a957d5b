package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ActivityType;
import be.classenumerique.api.activity.Grade;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.activity.Outcome;
import be.classenumerique.api.ui.LearnerView;
import be.classenumerique.api.ui.LearnerViewContext;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.activities.service.ActivityTypeRegistry;
import be.classenumerique.core.attempts.domain.Attempt;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.attempts.service.Drafts;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pupil works through a module, one activity at a time: the activity's own view, a submit button,
 * and the server's feedback. An answer that could not be saved keeps its id, so trying again can never
 * store it twice.
 */
@Route("learn/:moduleId")
@RolesAllowed("PUPIL")
public class ModuleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleView.class);

    private final CurrentCaller currentCaller;
    private final ModuleCatalogue catalogue;
    private final ActivityTypeRegistry activityTypes;
    private final AttemptService attempts;
    private final Drafts drafts;

    private Caller caller;
    private Module module;
    private Map<String, Attempt> latest = Map.of();
    private Map<String, LearnerResponse> kept = Map.of();
    private int index;
    private final Div stage = new Div();

    public ModuleView(
            CurrentCaller currentCaller,
            ModuleCatalogue catalogue,
            ActivityTypeRegistry activityTypes,
            AttemptService attempts,
            Drafts drafts) {
        this.drafts = drafts;
        this.currentCaller = currentCaller;
        this.catalogue = catalogue;
        this.activityTypes = activityTypes;
        this.attempts = attempts;
        addClassName("cn-module");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = currentCaller.require();
        String moduleId = event.getRouteParameters().get("moduleId").orElse("");
        module = catalogue.findFor(caller.schoolId(), moduleId).orElseThrow(() -> new NotFoundException("module"));
        latest = attempts.latestOwn(caller, module.id());
        kept = new java.util.HashMap<>(drafts.of(caller, module.id()));
        removeAll();
        add(new H2(module.title()), stage);
        show(0);
    }

    private void show(int newIndex) {
        index = newIndex;
        stage.removeAll();
        ActivityConfig activity = module.activities().get(index);
        ActivityType type = activityTypes.find(activity.typeId()).orElseThrow(() -> new NotFoundException("type"));

        Paragraph step = Verdicts.step(index, module.activities().size());
        H3 title = new H3(activity.text("title").orElse(""));
        Div feedback = Verdicts.area();

        Button submit = new Button(getTranslation("module.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button previous = new Button(getTranslation("module.previous"), click -> show(index - 1));
        previous.setEnabled(index > 0);
        boolean last = index == module.activities().size() - 1;
        Button next = new Button(getTranslation(last ? "module.finish" : "module.next"), click -> {
            if (last) {
                getUI().ifPresent(ui -> ui.navigate(LearnView.class));
            } else {
                show(index + 1);
            }
        });

        // A new answer gets a new id; the id of an answer not yet saved is kept for the retry.
        String[] pendingId = {null};
        Optional<Attempt> earlier = Optional.ofNullable(latest.get(activity.activityId()));
        // What the pupil last had on screen: a draft not yet sent, else the last answer sent.
        Optional<LearnerResponse> shown =
                Optional.ofNullable(kept.get(activity.activityId())).or(() -> earlier.map(Attempt::response));
        Paragraph draftStatus = new Paragraph();
        draftStatus.addClassName("cn-draft-status");
        LearnerView[] created = new LearnerView[1];
        LearnerView view = type.views().learnerView(new LearnerViewContext(activity, getLocale(), shown, () -> {
            pendingId[0] = null;
            submit.setEnabled(true);
            if (created[0] != null) {
                keepDraft(activity, created[0], draftStatus);
            }
        }));
        created[0] = view;
        submit.setEnabled(view.currentResponse().isPresent());
        earlier.ifPresent(attempt -> showGrade(feedback, attempt.grade()));

        submit.addClickListener(click -> {
            Optional<LearnerResponse> response = view.currentResponse();
            if (response.isEmpty()) {
                feedback.setText(getTranslation("module.incomplete"));
                return;
            }
            if (pendingId[0] == null) {
                pendingId[0] = UUID.randomUUID().toString();
            }
            try {
                Attempt attempt = attempts.submit(
                                caller, pendingId[0], module.id(), activity.activityId(), response.get())
                        .attempt();
                latest = new java.util.HashMap<>(latest);
                latest.put(activity.activityId(), attempt);
                pendingId[0] = null;
                kept.remove(activity.activityId());
                drafts.sent(caller, module.id(), activity.activityId());
                draftStatus.setText("");
                showGrade(feedback, attempt.grade());
            } catch (RefusedException e) {
                feedback.setText(getTranslation(e.messageKey()));
            } catch (RuntimeException e) {
                LOG.warn("Answer not saved, the pupil can retry with the same id", e);
                feedback.setText(getTranslation("module.not-saved"));
            }
        });

        HorizontalLayout actions = new HorizontalLayout(previous, submit, next);
        actions.addClassName("cn-actions");
        stage.add(step, title, view.component(), draftStatus, feedback, actions);
    }

    /** Keeps what the pupil has on screen, so leaving the page or the tablet loses nothing. */
    private void keepDraft(ActivityConfig activity, LearnerView view, Paragraph status) {
        view.currentResponse().ifPresent(response -> {
            try {
                drafts.keep(caller, module.id(), activity.activityId(), response);
                kept.put(activity.activityId(), response);
                status.setText(getTranslation("module.draft-kept"));
            } catch (RefusedException e) {
                status.setText(getTranslation(e.messageKey()));
            }
        });
    }

    private void showGrade(Div feedback, Grade grade) {
        Verdicts.show(feedback, grade);
        if (grade.outcome() != Outcome.COMPLETED) {
            feedback.add(new Paragraph(getTranslation("module.saved")));
        }
    }

    @Override
    public String getPageTitle() {
        return (module == null ? "" : module.title()) + " — " + getTranslation("app.name");
    }
}
