package be.classenumerique.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** A form in a dialog, with room to say why what was typed cannot be saved, and a way out. */
class FormDialog extends Dialog {

    private final Paragraph problem = new Paragraph();

    FormDialog(String title, Component form) {
        setHeaderTitle(title);
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("cn-problem");
        add(form, problem);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()));
    }

    /** Shows why the form's content was refused; the dialog stays open with what was typed. */
    void showProblem(String message) {
        problem.setText(message);
    }
}
