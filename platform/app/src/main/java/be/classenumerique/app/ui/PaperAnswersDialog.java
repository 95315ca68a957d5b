package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ActivityType;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.ui.LearnerView;
import be.classenumerique.api.ui.LearnerViewContext;
import be.classenumerique.core.activities.service.ActivityTypeRegistry;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.schools.service.ClassService.ClassMember;
import be.classenumerique.core.shared.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A teacher types in the answers a pupil wrote in the module's paper booklet, in the same input the pupil
 * would have used on a tablet (each activity type's own learner view), so they are graded the same way.
 */
class PaperAnswersDialog extends Dialog {

    private final Map<String, LearnerView> views = new LinkedHashMap<>();
    // A retry after a failure sends the same ids, so nothing is counted twice.
    private final Map<String, String> pendingIds = new HashMap<>();

    PaperAnswersDialog(
            Caller caller,
            AttemptService attempts,
            ActivityTypeRegistry types,
            Module module,
            List<ClassMember> pupils,
            Consumer<String> onSaved) {
        setHeaderTitle(getTranslation("paper.enter") + " — " + module.title());
        Select<ClassMember> pupil = new Select<>();
        pupil.setLabel(getTranslation("paper.pupil"));
        pupil.setItems(pupils);
        pupil.setItemLabelGenerator(ClassMember::displayName);
        Checkbox lessonsRead = new Checkbox(getTranslation("paper.lessons-read"), true);
        Paragraph problem = new Paragraph();
        problem.getElement().setAttribute("role", "alert");
        add(pupil, lessonsRead);
        int number = 0;
        for (ActivityConfig activity : module.activities()) {
            Optional<ActivityType> type = types.find(activity.typeId());
            if (type.isEmpty() || activity.text("body").isPresent()) {
                continue;
            }
            number++;
            LearnerView view = type.get()
                    .views()
                    .learnerView(new LearnerViewContext(activity, getLocale(), Optional.empty(), () -> {}));
            views.put(activity.activityId(), view);
            Div block = new Div(
                    new H4(getTranslation("booklet.question", number) + " — "
                            + activity.text("title").orElse(activity.activityId())),
                    view.component());
            block.addClassName("cn-paper-answer");
            add(block);
        }
        Button save = new Button(getTranslation("paper.save"), click -> {
            if (pupil.getValue() == null) {
                problem.setText(getTranslation("paper.choose-pupil"));
                return;
            }
            try {
                int saved = 0;
                for (ActivityConfig activity : module.activities()) {
                    Optional<LearnerResponse> response = activity.text("body").isPresent()
                            ? (lessonsRead.getValue() ? Optional.of(new LearnerResponse(Map.of())) : Optional.empty())
                            : Optional.ofNullable(views.get(activity.activityId()))
                                    .flatMap(LearnerView::currentResponse);
                    if (response.isEmpty()) {
                        continue;
                    }
                    String id = pendingIds.computeIfAbsent(
                            activity.activityId(), ignored -> UUID.randomUUID().toString());
                    attempts.submitFromPaper(
                            caller, pupil.getValue().id(), id, module.id(), activity.activityId(), response.get());
                    saved++;
                }
                pendingIds.clear();
                close();
                onSaved.accept(
                        getTranslation("paper.saved", saved, pupil.getValue().displayName()));
            } catch (RefusedException refused) {
                problem.setText(getTranslation(refused.messageKey()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(problem);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
