package be.classenumerique.app.ui;

import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.ClassService;
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
        add(new H2(getTranslation("classes.title")));
        List<SchoolClass> mine = classes.classesOf(currentCaller.require());
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

    @Override
    public String getPageTitle() {
        return getTranslation("classes.title") + " — " + getTranslation("app.name");
    }
}
