package be.classenumerique.app.ui;

import be.classenumerique.api.activity.Grade;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;

/** The server's verdict on an answer: a symbol and a word (never colour alone), then the feedback. */
final class Verdicts {

    private Verdicts() {}

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
