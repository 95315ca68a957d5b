package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.printing.Printouts;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.People;
import be.classenumerique.core.privacy.service.PersonalDataErasure;
import be.classenumerique.core.privacy.service.PersonalDataExport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/** A school admin answers a privacy request: everything about one person, as a JSON file. */
@Route("admin/privacy")
@RolesAllowed("SCHOOL_ADMIN")
public class PrivacyView extends Main implements HasDynamicTitle {

    public PrivacyView(
            CurrentCaller currentCaller,
            People people,
            PersonalDataExport export,
            PersonalDataErasure erasure,
            JsonMapper json,
            Printouts printouts) {
        Caller caller = currentCaller.require();
        ComboBox<Account> person = new ComboBox<>(getTranslation("privacy.person"));
        person.setItems(people.managedBy(caller));
        person.setItemLabelGenerator(account -> getTranslation(
                "privacy.person.label",
                account.displayName(),
                getTranslation("role." + account.role().name().toLowerCase(Locale.ROOT))));
        person.setWidth("min(100%, 28rem)");
        DownloadLink download = new DownloadLink(
                getTranslation("privacy.export"),
                "application/json",
                () -> getTranslation("privacy.file", person.getValue().id()),
                () -> json.writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(
                                export.export(caller, person.getValue().id())));
        DownloadLink readable = new DownloadLink(
                getTranslation("privacy.export.pdf"),
                "application/pdf",
                () -> getTranslation("privacy.file.pdf", person.getValue().id()),
                () -> printouts.personalData(
                        export.export(caller, person.getValue().id()), caller.locale()));
        // Shown once a person is chosen: a disabled link is neither readable nor announced as disabled.
        download.setVisible(false);
        readable.setVisible(false);
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        Button erase = new Button(getTranslation("privacy.erase"), click -> {
            Account chosen = person.getValue();
            Dialog confirm = new Dialog();
            confirm.setHeaderTitle(getTranslation("privacy.erase.title", chosen.displayName()));
            confirm.add(new Paragraph(getTranslation("privacy.erase.text")));
            Button yes = new Button(getTranslation("privacy.erase.confirm", chosen.displayName()), yesClick -> {
                confirm.close();
                try {
                    erasure.erase(caller, chosen.id());
                } catch (be.classenumerique.core.shared.RefusedException refused) {
                    result.setText(getTranslation(refused.messageKey()));
                    return;
                }
                person.setItems(people.managedBy(caller));
                person.clear();
                result.setText(getTranslation("privacy.erase.done", chosen.displayName()));
            });
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            confirm.getFooter().add(new Button(getTranslation("action.cancel"), cancel -> confirm.close()), yes);
            confirm.open();
        });
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.setVisible(false);
        person.addValueChangeListener(change -> {
            boolean chosen = change.getValue() != null;
            download.setVisible(chosen);
            readable.setVisible(chosen);
            erase.setVisible(chosen && !change.getValue().id().equals(caller.accountId()));
        });
        add(
                new H2(getTranslation("privacy.title")),
                new Paragraph(getTranslation("privacy.help")),
                person,
                download,
                readable,
                erase,
                result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " — " + getTranslation("app.name");
    }
}
