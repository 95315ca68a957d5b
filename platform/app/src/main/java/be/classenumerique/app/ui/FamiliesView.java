package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.people.domain.InvitationCode;
import be.classenumerique.core.people.domain.PendingGuardianship;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.schools.domain.School;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * A school admin decides whether each parent's link to a child waits for approval, approves or refuses
 * the waiting ones, and sees every invitation code of the last 90 days: who made it, and what became of it.
 */
@Route("admin/familles")
@RolesAllowed("SCHOOL_ADMIN")
public class FamiliesView extends Main implements HasDynamicTitle {

    private final Caller caller;
    private final Guardianships guardianships;
    private final Div waiting = new Div();
    private final Grid<InvitationCode> codes = new Grid<>();
    private final Paragraph message = new Paragraph();
    private final DateTimeFormatter day;

    public FamiliesView(CurrentCaller currentCaller, Guardianships guardianships) {
        this.caller = currentCaller.require();
        this.guardianships = guardianships;
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(caller.locale())
                .withZone(School.TIME_ZONE);
        addClassName("cn-page");
        message.getElement().setAttribute("role", "status");
        Checkbox approval =
                new Checkbox(getTranslation("families.approval"), guardianships.approvalRequired(caller.schoolId()));
        approval.setHelperText(getTranslation("families.approval.help"));
        approval.addValueChangeListener(change -> {
            guardianships.requireApproval(caller, change.getValue());
            message.setText(getTranslation(change.getValue() ? "families.approval.on" : "families.approval.off"));
        });
        codes.setAriaLabel(getTranslation("families.codes"));
        codes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        codes.addColumn(InvitationCode::pupilName).setHeader(getTranslation("families.codes.child"));
        codes.addColumn(InvitationCode::issuedByName).setHeader(getTranslation("families.codes.by"));
        codes.addColumn(code -> day.format(code.issuedAt())).setHeader(getTranslation("families.codes.on"));
        codes.addColumn(code -> getTranslation(
                        "families.state." + code.state().name().toLowerCase(Locale.ROOT),
                        code.usedByName().orElse(""),
                        day.format(code.expiresAt())))
                .setHeader(getTranslation("families.codes.state"))
                .setFlexGrow(2);
        codes.setAllRowsVisible(true);
        waiting.addClassName("cn-pending-links");
        add(
                new H2(getTranslation("families.title")),
                approval,
                message,
                new H3(getTranslation("families.pending")),
                waiting,
                new H3(getTranslation("families.codes")),
                codes);
        refresh();
    }

    private void refresh() {
        waiting.removeAll();
        List<PendingGuardianship> pending = guardianships.pending(caller);
        if (pending.isEmpty()) {
            waiting.add(new Paragraph(getTranslation("families.pending.none")));
        }
        for (PendingGuardianship link : pending) {
            Paragraph what = new Paragraph(getTranslation(
                    "families.pending.link",
                    link.parentName(),
                    link.parentEmail(),
                    link.pupilName(),
                    link.issuedByName(),
                    day.format(link.claimedAt())));
            Button approve = new Button(getTranslation("families.approve"), click -> decide(link, true));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.setAriaLabel(getTranslation("families.approve.for", link.parentName(), link.pupilName()));
            Button refuse = new Button(getTranslation("families.refuse"), click -> decide(link, false));
            refuse.setAriaLabel(getTranslation("families.refuse.for", link.parentName(), link.pupilName()));
            Div row = new Div(what, approve, refuse);
            row.addClassName("cn-secret-row");
            waiting.add(row);
        }
        codes.setItems(guardianships.codes(caller));
    }

    private void decide(PendingGuardianship link, boolean approved) {
        guardianships.decide(caller, link.id(), approved);
        message.setText(getTranslation(
                approved ? "families.approved" : "families.refused", link.parentName(), link.pupilName()));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("families.title") + " — " + getTranslation("app.name");
    }
}
