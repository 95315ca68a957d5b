package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.app.security.PasswordChange;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.People;
import be.classenumerique.core.people.service.SecondFactors;
import com.vaadin.flow.component.button.Button;
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

/** The school admin's list of people, and who may sign in: disabling someone ends their sessions everywhere. */
@Route("admin/personnes")
@RolesAllowed("SCHOOL_ADMIN")
public class PeopleView extends Main implements HasDynamicTitle {

    private final Caller caller;
    private final People people;
    private final PasswordChange passwords;
    private final SecondFactors secondFactors;
    private final Grid<Account> grid = new Grid<>();
    private final Paragraph message = new Paragraph();

    public PeopleView(
            CurrentCaller currentCaller, People people, PasswordChange passwords, SecondFactors secondFactors) {
        this.passwords = passwords;
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
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("people.actions"))
                .setFlexGrow(1);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("people.title")), new Paragraph(getTranslation("people.help")), message, grid);
        refresh();
    }

    private FlexLayout actions(Account account) {
        FlexLayout actions = new FlexLayout(toggle(account), resetPassword(account), resetSecondFactor(account));
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.addClassName("cn-actions");
        return actions;
    }

    private Button toggle(Account account) {
        String key = account.active() ? "people.disable" : "people.enable";
        Button toggle = new Button(getTranslation(key), click -> {
            people.setActive(caller, account.id(), !account.active());
            message.setText(getTranslation(key + ".done", account.displayName()));
            refresh();
        });
        toggle.setAriaLabel(getTranslation(key + ".for", account.displayName()));
        toggle.setVisible(!account.id().equals(caller.accountId()));
        return toggle;
    }

    private Button resetPassword(Account account) {
        Button reset = new Button(getTranslation("people.password.reset"), click -> {
            String temporary = passwords.resetByAdmin(caller, account.id());
            message.setText(getTranslation("people.password.done", account.displayName(), temporary));
        });
        reset.setAriaLabel(getTranslation("people.password.reset.for", account.displayName()));
        reset.setVisible(account.role() != Role.PUPIL && !account.id().equals(caller.accountId()));
        return reset;
    }

    private Button resetSecondFactor(Account account) {
        Button reset = new Button(getTranslation("people.second-factor.reset.short"), click -> {
            secondFactors.reset(caller, account.id());
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
