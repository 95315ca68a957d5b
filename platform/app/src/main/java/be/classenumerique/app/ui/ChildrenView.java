package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.assignments.domain.PupilTask;
import be.classenumerique.core.assignments.service.Assignments;
import be.classenumerique.core.content.service.CompetenceFrameworks;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.ClaimOutcome;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.progress.service.CompetenceProgress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/** A parent's children: only those linked by a live guardianship, and a code to add one. */
@Route("children")
@RolesAllowed("PARENT")
public class ChildrenView extends Main implements HasDynamicTitle {

    private final Caller caller;
    private final Guardianships guardianships;
    private final Assignments assignments;
    private final CompetenceProgress progress;
    private final CompetenceFrameworks frameworks;
    private final Div cards = new Div();

    public ChildrenView(
            CurrentCaller currentCaller,
            Guardianships guardianships,
            Assignments assignments,
            CompetenceProgress progress,
            CompetenceFrameworks frameworks) {
        this.caller = currentCaller.require();
        this.progress = progress;
        this.frameworks = frameworks;
        this.assignments = assignments;
        this.guardianships = guardianships;
        cards.addClassName("cn-children");
        add(new H2(getTranslation("children.title")), cards, claimForm());
        showChildren();
    }

    private void showChildren() {
        cards.removeAll();
        List<Account> children = guardianships.childrenOf(caller);
        if (children.isEmpty()) {
            cards.add(new Paragraph(getTranslation("children.none")));
        }
        for (Account child : children) {
            Div card = new Div(new H3(child.displayName()));
            card.addClassName("cn-child");
            card.add(
                    new H4(getTranslation("chart.title")),
                    new CompetenceChart(child.displayName(), progress.ofChild(caller, child.id()), frameworks));
            List<PupilTask> tasks = assignments.forChild(caller, child.id());
            card.add(
                    tasks.isEmpty()
                            ? new Paragraph(getTranslation("children.tasks.none"))
                            : new TaskCards(tasks, false));
            cards.add(card);
        }
    }

    private Div claimForm() {
        TextField code = new TextField(getTranslation("children.code"));
        code.setMaxLength(40);
        code.setHelperText(getTranslation("children.code.help"));
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        Button add = new Button(getTranslation("children.add"), click -> {
            ClaimOutcome outcome = guardianships.claim(caller, code.getValue());
            String key = "children.claim." + outcome.status().name().toLowerCase(Locale.ROOT);
            result.setText(getTranslation(key, outcome.childName().orElse("")));
            if (outcome.status() == ClaimOutcome.Status.LINKED) {
                code.clear();
                showChildren();
            }
        });
        Div form = new Div(new H3(getTranslation("children.add.title")), code, add, result);
        form.addClassName("cn-claim");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("children.title") + " — " + getTranslation("app.name");
    }
}
