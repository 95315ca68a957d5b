package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.assignments.domain.PupilTask;
import be.classenumerique.core.assignments.service.Assignments;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.content.service.CompetenceFrameworks;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.progress.service.CompetenceProgress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        add(PersonNames.inSentence(new H2(), getTranslation("learn.hello", PersonNames.NAME), caller.displayName()));
        add(new H3(getTranslation("learn.tasks")));
        List<PupilTask> tasks = assignments.forPupil(caller);
        if (tasks.isEmpty()) {
            add(new Paragraph(getTranslation("learn.tasks.none")));
        } else {
            add(new TaskCards(tasks, true));
        }
        add(new H3(getTranslation("learn.progress")));
        add(new CompetenceChart(caller.displayName(), progress.ofPupil(caller), frameworks));
        add(new CompetenceDetails(progress.competencesOfPupil(caller), frameworks));
        // Each module once on the page: work given first, then suggestions, then everything else.
        Set<String> shown = new HashSet<>();
        tasks.forEach(task -> shown.add(task.module().id()));
        List<Module> next = progress.nextFor(caller, 3 + shown.size()).stream()
                .filter(module -> !shown.contains(module.id()))
                .limit(3)
                .toList();
        if (!next.isEmpty()) {
            add(new H3(getTranslation("learn.next")));
            add(cards(next));
            next.forEach(module -> shown.add(module.id()));
        }
        List<Module> others = catalogue.all().stream()
                .filter(module -> !shown.contains(module.id()))
                .toList();
        if (!others.isEmpty()) {
            add(new H3(getTranslation("learn.practice")));
            add(cards(others));
        }
    }

    private Component cards(List<Module> modules) {
        return Card.grid(modules.stream()
                .map(module -> new Card(
                        "learn/" + module.id(),
                        module.title(),
                        module.summary(),
                        getTranslation("module.duration", module.durationMinutes())))
                .toArray(Card[]::new));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.learn") + " — " + getTranslation("app.name");
    }
}
