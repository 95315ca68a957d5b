package be.classenumerique.app.ui;

import be.classenumerique.core.assignments.domain.PupilTask;
import be.classenumerique.core.schools.domain.School;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * A pupil's assignments as cards: late, to do, done, each said with a symbol and a word (never colour
 * alone), the due day and how far the pupil got. Linked to the module for the pupil, plain for a parent.
 */
final class TaskCards extends Div {

    /**
     * @param tasks the pupil's tasks, in the order to show
     * @param linked whether each card opens the module (the pupil's own home)
     */
    TaskCards(List<PupilTask> tasks, boolean linked) {
        addClassName("cn-cards");
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale())
                .withZone(School.TIME_ZONE);
        for (PupilTask task : tasks) {
            String status = "task." + task.status().name().toLowerCase(Locale.ROOT);
            String state = getTranslation(status + ".symbol") + " " + getTranslation(status);
            String due = task.assignment()
                    .due()
                    .map(at -> getTranslation("task.due", day.format(at.minusSeconds(1))))
                    .orElse("");
            String progress = getTranslation("task.progress", task.activitiesDone(), task.activitiesTotal());
            Component card;
            if (linked) {
                card = new Card("learn/" + task.module().id(), task.module().title(), state, due, progress);
            } else {
                Div plain = new Div(
                        new H3(task.module().title()),
                        new Paragraph(state),
                        new Paragraph(due),
                        new Paragraph(progress));
                plain.addClassName("cn-card");
                card = plain;
            }
            card.getElement()
                    .getClassList()
                    .add("cn-task-" + task.status().name().toLowerCase(Locale.ROOT));
            add(card);
        }
    }
}
