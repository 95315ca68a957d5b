package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.People;
import be.classenumerique.core.people.service.SecondFactors;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.service.Schools;
import be.classenumerique.core.shared.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The platform admin opens schools, each with its first school admin. */
@Route("admin/ecoles")
@RolesAllowed("PLATFORM_ADMIN")
public class SchoolsView extends Main implements HasDynamicTitle {

    private final Caller caller;
    private final Schools schools;
    private final Grid<School> grid = new Grid<>();
    private final People people;
    private final SecondFactors secondFactors;
    private final Paragraph status = new Paragraph();

    public SchoolsView(
            CurrentCaller currentCaller,
            Schools schools,
            PasswordEncoder passwords,
            People people,
            SecondFactors secondFactors) {
        this.caller = currentCaller.require();
        this.schools = schools;
        this.people = people;
        this.secondFactors = secondFactors;
        grid.setAriaLabel(getTranslation("schools.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(School::name).setHeader(getTranslation("schools.name"));
        grid.addColumn(school -> school.classIds().size())
                .setHeader(getTranslation("schools.classes"))
                .setAutoWidth(true);
        // As wide as a name beside its button: on a narrow tablet the grid scrolls sideways rather than cut it.
        grid.addComponentColumn(this::admins)
                .setHeader(getTranslation("schools.admins"))
                .setWidth("24rem")
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        status.getElement().setAttribute("role", "status");
        TextField name = new TextField(getTranslation("schools.name"));
        TextField adminName = new TextField(getTranslation("schools.admin-name"));
        EmailField adminEmail = new EmailField(getTranslation("schools.admin-email"));
        Paragraph message = new Paragraph();
        message.getElement().setAttribute("role", "status");
        Button open = new Button(getTranslation("schools.open"), click -> {
            try {
                Schools.Opened opened = schools.open(
                        caller, name.getValue(), adminName.getValue(), adminEmail.getValue(), passwords::encode);
                message.setText(getTranslation(
                        "schools.opened",
                        opened.school().name(),
                        opened.admin().loginName(),
                        opened.temporaryPassword()));
                name.clear();
                adminName.clear();
                adminEmail.clear();
                refresh();
            } catch (RefusedException e) {
                message.setText(getTranslation(e.messageKey()));
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H3(getTranslation("schools.new")), name, adminName, adminEmail, open, message);
        form.addClassName("cn-claim");
        add(new H2(getTranslation("schools.title")), status, grid, form);
        refresh();
    }

    /** Each admin of the school, with a way to remove a lost second factor. */
    private Div admins(School school) {
        Div admins = new Div();
        admins.addClassName("cn-actions");
        for (Account admin : people.schoolAdmins(caller, school.id())) {
            admins.add(PersonNames.isolated(new Span(admin.displayName())));
            if (secondFactors.isEnabled(admin.id())) {
                Button reset = new Button(getTranslation("people.second-factor.reset.short"), click -> {
                    secondFactors.reset(caller, admin.id());
                    status.setText(getTranslation("people.second-factor.done", admin.displayName()));
                    refresh();
                });
                reset.setAriaLabel(getTranslation("people.second-factor.reset.for", admin.displayName()));
                admins.add(reset);
            }
        }
        return admins;
    }

    private void refresh() {
        grid.setItems(schools.all(caller));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schools.title") + " — " + getTranslation("app.name");
    }
}
