package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.app.security.PasswordChange;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.People;
import be.classenumerique.core.people.service.SecondFactors;
import be.classenumerique.core.shared.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The school admin's list of people, and who may sign in: disabling someone ends their sessions everywhere. */
@Route("admin/personnes")
@RolesAllowed("SCHOOL_ADMIN")
public class PeopleView extends Main implements HasDynamicTitle {

    private final Caller caller;
    private final People people;
    private final PasswordChange passwords;
    private final SecondFactors secondFactors;
    private final PasswordEncoder hashes;
    private final Grid<Account> grid = new Grid<>();
    private final Paragraph message = new Paragraph();

    public PeopleView(
            CurrentCaller currentCaller,
            People people,
            PasswordChange passwords,
            SecondFactors secondFactors,
            PasswordEncoder hashes) {
        this.passwords = passwords;
        this.hashes = hashes;
        this.secondFactors = secondFactors;
        this.caller = currentCaller.require();
        this.people = people;
        message.getElement().setAttribute("role", "status");
        grid.setAriaLabel(getTranslation("people.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Account::displayName)
                .setHeader(getTranslation("people.name"))
                .setAutoWidth(true);
        grid.addColumn(account -> getTranslation("role." + account.role().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("people.role"))
                .setAutoWidth(true);
        grid.addColumn(account -> getTranslation(account.active() ? "people.active" : "people.disabled"))
                .setHeader(getTranslation("people.state"))
                .setAutoWidth(true);
        // As wide as its widest button: on a narrow tablet the grid scrolls sideways rather than cut one.
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("people.actions"))
                .setWidth("16rem")
                .setFlexGrow(1);
        grid.setAllRowsVisible(true);
        Button create = new Button(getTranslation("people.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2(getTranslation("people.title")),
                new Paragraph(getTranslation("people.help")),
                create,
                message,
                grid);
        refresh();
    }

    private void create() {
        PersonForm form = new PersonForm(null);
        FormDialog dialog = new FormDialog(getTranslation("people.create"), form);
        form.addSaveListener(save -> {
            try {
                People.Created created = people.createAdult(
                        caller,
                        caller.schoolId(),
                        save.role(),
                        save.name(),
                        save.email(),
                        save.language(),
                        hashes::encode);
                dialog.close();
                message.setText(getTranslation(
                        "people.created",
                        created.account().displayName(),
                        created.account().loginName(),
                        created.temporaryPassword()));
                refresh();
            } catch (RefusedException refused) {
                dialog.showProblem(getTranslation(refused.messageKey(), People.MAX_NAME_LENGTH));
            }
        });
        dialog.open();
    }

    private Button edit(Account account) {
        Button edit = new Button(getTranslation("people.edit"), click -> {
            PersonForm form = new PersonForm(account);
            FormDialog dialog = new FormDialog(getTranslation("people.edit.for", account.displayName()), form);
            form.addSaveListener(save -> {
                try {
                    people.updateProfile(caller, account.id(), save.name(), save.language());
                    dialog.close();
                    message.setText(getTranslation("people.edited", save.name().strip()));
                    refresh();
                } catch (RefusedException refused) {
                    dialog.showProblem(getTranslation(refused.messageKey(), People.MAX_NAME_LENGTH));
                }
            });
            dialog.open();
        });
        edit.setAriaLabel(getTranslation("people.edit.for", account.displayName()));
        return edit;
    }

    private com.vaadin.flow.component.Component actions(Account account) {
        if (!people.manages(caller, account)) {
            // A parent who also follows a child of another school: each school ends its own links.
            return new com.vaadin.flow.component.html.Span(getTranslation("people.shared-account"));
        }
        FlexLayout actions =
                new FlexLayout(edit(account), toggle(account), resetPassword(account), resetSecondFactor(account));
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.addClassName("cn-actions");
        return actions;
    }

    private Button toggle(Account account) {
        String key = account.active() ? "people.disable" : "people.enable";
        Button toggle = new Button(getTranslation(key), click -> {
            try {
                people.setActive(caller, account.id(), !account.active());
            } catch (RefusedException refused) {
                message.setText(getTranslation(refused.messageKey()));
                return;
            }
            message.setText(getTranslation(key + ".done", account.displayName()));
            refresh();
        });
        toggle.setAriaLabel(getTranslation(key + ".for", account.displayName()));
        toggle.setVisible(!account.id().equals(caller.accountId()));
        return toggle;
    }

    private Button resetPassword(Account account) {
        Button reset = new Button(getTranslation("people.password.reset"), click -> {
            try {
                String temporary = passwords.resetByAdmin(caller, account.id());
                message.setText(getTranslation("people.password.done", account.displayName(), temporary));
            } catch (RefusedException refused) {
                message.setText(getTranslation(refused.messageKey()));
            }
        });
        reset.setAriaLabel(getTranslation("people.password.reset.for", account.displayName()));
        reset.setVisible(account.role() != Role.PUPIL && !account.id().equals(caller.accountId()));
        return reset;
    }

    private Button resetSecondFactor(Account account) {
        Button reset = new Button(getTranslation("people.second-factor.reset.short"), click -> {
            try {
                secondFactors.reset(caller, account.id());
            } catch (RefusedException refused) {
                message.setText(getTranslation(refused.messageKey()));
                return;
            }
            message.setText(getTranslation("people.second-factor.done", account.displayName()));
            click.getSource().setVisible(false);
        });
        reset.setAriaLabel(getTranslation("people.second-factor.reset.for", account.displayName()));
        reset.setVisible(account.role() != Role.PUPIL
                && !account.id().equals(caller.accountId())
                && secondFactors.isEnabled(account.id()));
        return reset;
    }

    private void refresh() {
        grid.setItems(people.of(caller));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " — " + getTranslation("app.name");
    }
}
