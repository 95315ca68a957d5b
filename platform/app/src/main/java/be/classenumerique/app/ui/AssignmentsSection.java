package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.core.assignments.domain.Assignment;
import be.classenumerique.core.assignments.domain.Audience;
import be.classenumerique.core.assignments.service.Assignments;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.schools.domain.ClassGroup;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.schools.service.ClassService.ClassMember;
import be.classenumerique.core.shared.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The work given to a class: what, to whom, when; give a module or withdraw one. */
class AssignmentsSection extends Section {

    private final Caller caller;
    private final Assignments assignments;
    private final ClassService classes;
    private final ModuleCatalogue catalogue;
    private final String classId;
    private final List<ClassMember> pupils;
    private final Clock clock;
    private final List<Module> assignable;
    private final Paragraph message = new Paragraph();

    AssignmentsSection(
            Caller caller,
            Assignments assignments,
            ClassService classes,
            ModuleCatalogue catalogue,
            List<Module> assignable,
            String classId,
            List<ClassMember> pupils,
            Clock clock) {
        this.caller = caller;
        this.assignments = assignments;
        this.classes = classes;
        this.catalogue = catalogue;
        this.assignable = assignable;
        this.classId = classId;
        this.pupils = pupils;
        this.clock = clock;
        addClassName("cn-assignments");
        message.getElement().setAttribute("role", "status");
        render();
    }

    private void render() {
        removeAll();
        add(new H3(getTranslation("assign.title")));
        List<Assignment> given = assignments.ofClass(caller, classId);
        if (given.isEmpty()) {
            add(new Paragraph(getTranslation("assign.none")));
        }
        Map<String, String> groupNames =
                classes.groups(caller, classId).stream().collect(Collectors.toMap(ClassGroup::id, ClassGroup::name));
        Map<String, String> pupilNames =
                pupils.stream().collect(Collectors.toMap(ClassMember::id, ClassMember::displayName));
        for (Assignment assignment : given) {
            add(card(assignment, groupNames::get, pupilNames::get));
        }
        Button give = new Button(getTranslation("assign.new"), click -> give());
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(give, message);
    }

    private Div card(Assignment assignment, Function<String, String> groupName, Function<String, String> pupilName) {
        String title = catalogue.find(assignment.moduleId()).map(Module::title).orElse(assignment.moduleId());
        String audience = switch (assignment.audience().kind()) {
            case CLASS -> getTranslation("assign.audience.class");
            case GROUPS -> getTranslation("assign.for.groups", names(assignment.audience(), groupName));
            case PUPILS -> getTranslation("assign.for.pupils", names(assignment.audience(), pupilName));
        };
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale())
                .withZone(School.TIME_ZONE);
        String dates = assignment
                .due()
                .map(due -> getTranslation(
                        "assign.dates.due", day.format(assignment.opensAt()), day.format(due.minusSeconds(1))))
                .orElseGet(() -> getTranslation("assign.dates.open", day.format(assignment.opensAt())));
        Button withdraw = new Button(getTranslation("assign.withdraw"), click -> {
            try {
                assignments.withdraw(caller, assignment.id());
                message.setText(getTranslation("assign.withdrawn", title));
            } catch (RefusedException refused) {
                message.setText(getTranslation(refused.messageKey()));
            }
            render();
        });
        withdraw.setAriaLabel(getTranslation("assign.withdraw.for", title, audience));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div card = new Div(
                new H4(title),
                new Paragraph(audience + " · " + dates + " · "
                        + getTranslation(assignment.required() ? "assign.required.short" : "assign.optional.short")
                        + (assignment.maxTries() > 0
                                ? " · " + getTranslation("assign.tries.short", assignment.maxTries())
                                : "")
                        + (assignment.lateAccepted() ? "" : " · " + getTranslation("assign.closes.short"))),
                withdraw);
        card.addClassName("cn-assignment");
        return card;
    }

    private static String names(Audience audience, Function<String, String> name) {
        return audience.ids().stream()
                .map(name)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    private void give() {
        AssignForm form = new AssignForm(
                assignable, classes.groups(caller, classId), pupils, LocalDate.now(clock.withZone(School.TIME_ZONE)));
        FormDialog dialog = new FormDialog(getTranslation("assign.new"), form);
        form.addSaveListener(save -> {
            if (save.module() == null) {
                dialog.showProblem(getTranslation("assign.module.missing"));
                return;
            }
            try {
                assignments.assign(
                        caller,
                        classId,
                        save.module().id(),
                        save.audience(),
                        startOf(save.opens()),
                        save.due() == null ? null : startOf(save.due().plusDays(1)),
                        save.required(),
                        save.maxTries(),
                        save.lateAccepted());
                dialog.close();
                message.setText(getTranslation("assign.given", save.module().title()));
                render();
            } catch (RefusedException refused) {
                dialog.showProblem(getTranslation(refused.messageKey()));
            }
        });
        dialog.open();
    }

    /** A school day starts at midnight in the school's time zone; a due day ends at the next midnight. */
    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(School.TIME_ZONE).toInstant();
    }
}
