package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.audit.domain.AuditEntry;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The school admin reads who read or changed whose personal data, day by day. */
@Route("admin/audit")
@RolesAllowed("SCHOOL_ADMIN")
public class AuditView extends Main implements HasDynamicTitle {

    /** The platform serves the Fédération Wallonie-Bruxelles: days are Brussels days. */
    private final Caller caller;

    private final AuditLog audit;
    private final AccountRepository accounts;
    private final SchoolRepository schools;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public AuditView(
            CurrentCaller currentCaller, AuditLog audit, AccountRepository accounts, SchoolRepository schools) {
        this.caller = currentCaller.require();
        this.audit = audit;
        this.accounts = accounts;
        this.schools = schools;
        DatePicker day = new DatePicker(getTranslation("audit.day"), LocalDate.now(School.TIME_ZONE));
        day.setMax(LocalDate.now(School.TIME_ZONE));
        day.addValueChangeListener(change -> show(change.getValue()));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(School.TIME_ZONE);
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(entry -> time.format(entry.at()))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(entry ->
                        AuditLog.SYSTEM.equals(entry.actorId()) ? getTranslation("audit.system") : entry.actorName())
                .setHeader(getTranslation("audit.who"))
                .setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action()))
                .setHeader(getTranslation("audit.what"))
                .setFlexGrow(2);
        grid.addColumn(entry -> subjectName(entry.subjectId())).setHeader(getTranslation("audit.whose"));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("audit.title")), day, empty, grid);
        show(day.getValue());
    }

    private void show(LocalDate day) {
        List<AuditEntry> entries =
                day == null ? List.of() : audit.day(caller, caller.schoolId(), day, School.TIME_ZONE);
        grid.setItems(entries);
        empty.setText(entries.isEmpty() ? getTranslation("audit.none") : "");
    }

    /** A person's or class's current name; an erased person stays an id. */
    private String subjectName(String subjectId) {
        return accounts.findById(subjectId)
                .filter(account -> caller.schoolId().equals(account.schoolId()))
                .map(Account::displayName)
                .or(() -> schools.findClass(subjectId)
                        .filter(schoolClass -> caller.schoolId().equals(schoolClass.schoolId()))
                        .map(SchoolClass::name))
                .orElse(subjectId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " — " + getTranslation("app.name");
    }
}
