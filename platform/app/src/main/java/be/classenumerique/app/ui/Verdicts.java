package be.classenumerique.app.ui;

import be.classenumerique.api.activity.Grade;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;

/**
 * How a module's activities are framed for a pupil and in a teacher's preview: the step, and the server's
 * verdict on an answer (a symbol and a word, never colour alone, then the feedback).
 */
final class Verdicts {

    private Verdicts() {}

    /** @return where the verdict appears: read out by screen readers when it changes */
    static Div area() {
        Div feedback = new Div();
        feedback.addClassName("cn-feedback");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
        return feedback;
    }

    /** @return "Étape 2 sur 5", for the activity at this 0-based index */
    static Paragraph step(int index, int count) {
        Paragraph step = new Paragraph();
        step.setText(step.getTranslation("module.step", index + 1, count));
        step.addClassName("cn-step");
        return step;
    }

    static void show(Div feedback, Grade grade) {
        feedback.removeAll();
        String outcome = "outcome." + grade.outcome().name().toLowerCase(Locale.ROOT);
        Paragraph verdict =
                new Paragraph(feedback.getTranslation(outcome + ".symbol") + " " + feedback.getTranslation(outcome));
        verdict.addClassName("cn-verdict");
        verdict.addClassName("cn-outcome-" + grade.outcome().name().toLowerCase(Locale.ROOT));
        feedback.add(verdict);
        if (!grade.feedback().isBlank()) {
            feedback.add(new Paragraph(grade.feedback()));
        }
    }
}
