package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.assignments.domain.PupilTask;
import be.classenumerique.core.assignments.service.Assignments;
import be.classenumerique.core.content.service.CompetenceFrameworks;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.progress.service.CompetenceProgress;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A pupil's home: the work given to them (late, to do, done), then every module to practise, as big cards. */
@Route("learn")
@RolesAllowed("PUPIL")
public class LearnView extends Main implements HasDynamicTitle {

    public LearnView(
            CurrentCaller currentCaller,
            ModuleCatalogue catalogue,
            Assignments assignments,
            CompetenceProgress progress,
            CompetenceFrameworks frameworks) {
        Caller caller = currentCaller.require();
        add(new H2(getTranslation("learn.hello", caller.displayName())));
        add(new H3(getTranslation("learn.tasks")));
        List<PupilTask> tasks = assignments.forPupil(caller);
        if (tasks.isEmpty()) {
            add(new Paragraph(getTranslation("learn.tasks.none")));
        } else {
            add(new TaskCards(tasks, true));
        }
        add(new H3(getTranslation("learn.progress")));
        add(new CompetenceChart(caller.displayName(), progress.ofPupil(caller), frameworks));
        add(new H3(getTranslation("learn.practice")));
        add(Card.grid(catalogue.all().stream()
                .map(module -> new Card(
                        "learn/" + module.id(),
                        module.title(),
                        module.summary(),
                        getTranslation("module.duration", module.durationMinutes())))
                .toArray(Card[]::new)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.learn") + " — " + getTranslation("app.name");
    }
}
