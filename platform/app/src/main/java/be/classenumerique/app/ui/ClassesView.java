package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.shared.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A teacher's classes (an admin's: the school's), as cards. */
@Route("classes")
@RolesAllowed({"TEACHER", "SCHOOL_ADMIN"})
public class ClassesView extends Main implements HasDynamicTitle {

    public ClassesView(CurrentCaller currentCaller, ClassService classes) {
        Caller caller = currentCaller.require();
        add(new H2(getTranslation("classes.title")));
        if (caller.has(Role.SCHOOL_ADMIN)) {
            Button create = new Button(getTranslation("classes.create"), click -> create(caller, classes));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        List<SchoolClass> mine = classes.classesOf(caller);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("classes.none")));
            return;
        }
        add(Card.grid(mine.stream()
                .map(schoolClass -> new Card(
                        "classes/" + schoolClass.id(),
                        schoolClass.name(),
                        getTranslation("classes.level", schoolClass.level()),
                        getTranslation("classes.pupils", schoolClass.pupilIds().size())))
                .toArray(Card[]::new)));
    }

    private void create(Caller caller, ClassService classes) {
        ClassForm form = new ClassForm(null, null);
        FormDialog dialog = new FormDialog(getTranslation("classes.create"), form);
        form.addSaveListener(save -> {
            try {
                SchoolClass created = classes.createClass(caller, save.name(), save.level());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("classes/" + created.id()));
            } catch (RefusedException refused) {
                dialog.showProblem(getTranslation(refused.messageKey(), ClassService.MAX_CLASS_NAME_LENGTH));
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classes.title") + " — " + getTranslation("app.name");
    }
}
