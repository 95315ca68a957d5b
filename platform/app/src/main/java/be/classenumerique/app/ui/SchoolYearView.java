package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.schools.service.SchoolYears;
import be.classenumerique.core.shared.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The school admin moves the school to the next year, and opens past years' classes. */
@Route("admin/annee")
@RolesAllowed("SCHOOL_ADMIN")
public class SchoolYearView extends Main implements HasDynamicTitle {

    private static final String LEAVES = "";
    private static final List<String> LEVELS =
            List.of(LEAVES, "P1", "P2", "P3", "P4", "P5", "P6", "S1", "S2", "S3", "S4", "S5", "S6");

    private final Caller caller;
    private final SchoolYears years;
    private final SchoolRepository schools;
    private final Paragraph message = new Paragraph();

    public SchoolYearView(CurrentCaller currentCaller, SchoolYears years, SchoolRepository schools) {
        this.caller = currentCaller.require();
        this.years = years;
        this.schools = schools;
        message.getElement().setAttribute("role", "status");
        show();
    }

    private void show() {
        removeAll();
        String year = years.currentYear(schools.findSchool(caller.schoolId()).orElseThrow());
        String next = SchoolYears.nextYear(year);
        add(new H2(getTranslation("year.title", year)), message);
        add(new H3(getTranslation("year.next", next)), new Paragraph(getTranslation("year.help")));
        List<Row> rows = new ArrayList<>();
        Div plans = new Div();
        plans.addClassName("cn-rollover");
        for (SchoolYears.Plan plan : years.proposal(caller)) {
            Row row = new Row(plan);
            rows.add(row);
            plans.add(row.line);
        }
        Button rollover = new Button(getTranslation("year.go", next), click -> confirm(next, rows));
        rollover.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(plans, rollover);
        add(new H3(getTranslation("year.archive")));
        Map<String, List<SchoolClass>> archive = years.archive(caller);
        if (archive.isEmpty()) {
            add(new Paragraph(getTranslation("year.archive.none")));
        }
        archive.forEach((pastYear, classes) -> {
            Div links = new Div(new Span(pastYear + " : "));
            links.addClassName("cn-archive");
            classes.forEach(schoolClass -> links.add(new Anchor("classes/" + schoolClass.id(), schoolClass.name())));
            add(links);
        });
    }

    private void confirm(String next, List<Row> rows) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("year.confirm.title", next));
        dialog.add(new Paragraph(getTranslation("year.confirm.text")));
        Button yes = new Button(getTranslation("year.go", next), click -> {
            dialog.close();
            try {
                String previous =
                        years.currentYear(schools.findSchool(caller.schoolId()).orElseThrow());
                String done =
                        years.rollover(caller, rows.stream().map(Row::plan).toList());
                show();
                message.setText(getTranslation("year.done", done, previous));
            } catch (RefusedException e) {
                message.setText(getTranslation(e.messageKey()));
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), yes);
        dialog.open();
    }

    /** One class's line: its new name and level, or "leaves the school". */
    private final class Row {
        private final SchoolYears.Plan original;
        private final TextField name = new TextField();
        private final Select<String> level = new Select<>();
        private final Div line = new Div();

        Row(SchoolYears.Plan plan) {
            this.original = plan;
            name.setLabel(getTranslation("year.next-name", plan.className()));
            name.setValue(plan.nextName().orElse(plan.className()));
            name.setMaxLength(100);
            level.setLabel(getTranslation("year.next-level", plan.className()));
            level.setItems(LEVELS);
            level.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("year.leaves") : value);
            level.setValue(plan.nextLevel().orElse(LEAVES));
            level.addValueChangeListener(change -> name.setEnabled(!LEAVES.equals(change.getValue())));
            name.setEnabled(plan.promoted());
            line.addClassName("cn-secret-row");
            line.add(new Span(plan.className() + " (" + plan.level() + ")"), level, name);
        }

        SchoolYears.Plan plan() {
            boolean leaves = LEAVES.equals(level.getValue());
            String nextName = name.getValue().isBlank()
                    ? original.className()
                    : name.getValue().strip();
            return new SchoolYears.Plan(
                    original.classId(),
                    original.className(),
                    original.level(),
                    leaves ? Optional.empty() : Optional.of(nextName),
                    leaves ? Optional.empty() : Optional.of(level.getValue()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.year") + " — " + getTranslation("app.name");
    }
}
