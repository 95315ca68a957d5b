package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ActivityType;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.ui.LearnerView;
import be.classenumerique.api.ui.LearnerViewContext;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.activities.service.ActivityTypeRegistry;
import be.classenumerique.core.authoring.service.WrittenModules;
import be.classenumerique.core.content.domain.Module;
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
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * A teacher goes through a module as a pupil would: the same pages and questions, graded by the server
 * with the same feedback, but nothing is stored and no pupil sees it.
 */
@Route("modules/preview/:moduleId")
@RolesAllowed({"TEACHER", "SCHOOL_ADMIN"})
public class ModulePreviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentCaller currentCaller;
    private final WrittenModules written;
    private final ActivityTypeRegistry activityTypes;
    private final Div stage = new Div();
    private Caller caller;
    private Module module;

    public ModulePreviewView(CurrentCaller currentCaller, WrittenModules written, ActivityTypeRegistry activityTypes) {
        this.currentCaller = currentCaller;
        this.written = written;
        this.activityTypes = activityTypes;
        addClassName("cn-module");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = currentCaller.require();
        String moduleId = event.getRouteParameters().get("moduleId").orElse("");
        module = written.forPreview(caller, moduleId);
        removeAll();
        Paragraph notice = new Paragraph(getTranslation("preview.notice"));
        notice.addClassName("cn-preview-notice");
        boolean author = written.isAuthor(caller, moduleId);
        Button back = new Button(getTranslation(author ? "preview.edit" : "preview.back"));
        back.addClickListener(click -> getUI().ifPresent(ui -> {
            if (author) {
                ui.navigate(ModuleEditorView.class, new RouteParameters("moduleId", module.id()));
            } else {
                ui.navigate(ModulesView.class);
            }
        }));
        add(new H2(getTranslation("preview.title", module.title())), notice, back, stage);
        show(0);
    }

    private void show(int index) {
        stage.removeAll();
        ActivityConfig activity = module.activities().get(index);
        ActivityType type = activityTypes.find(activity.typeId()).orElseThrow(() -> new NotFoundException("type"));
        Paragraph step = Verdicts.step(index, module.activities().size());
        Div feedback = Verdicts.area();
        LearnerView view =
                type.views().learnerView(new LearnerViewContext(activity, getLocale(), Optional.empty(), () -> {}));
        Button check = new Button(getTranslation("preview.check"), click -> {
            Optional<LearnerResponse> response = view.currentResponse();
            if (response.isEmpty()) {
                feedback.setText(getTranslation("module.incomplete"));
                return;
            }
            try {
                Verdicts.show(feedback, written.tryOut(caller, module.id(), activity.activityId(), response.get()));
            } catch (RefusedException e) {
                feedback.setText(getTranslation(e.messageKey()));
            }
        });
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button previous = new Button(getTranslation("module.previous"), click -> show(index - 1));
        previous.setEnabled(index > 0);
        Button next = new Button(getTranslation("module.next"), click -> show(index + 1));
        next.setEnabled(index < module.activities().size() - 1);
        HorizontalLayout actions = new HorizontalLayout(previous, check, next);
        actions.addClassName("cn-actions");
        stage.add(step, new H3(activity.text("title").orElse("")), view.component(), feedback, actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("preview.title", module == null ? "" : module.title()) + " — "
                + getTranslation("app.name");
    }
}
