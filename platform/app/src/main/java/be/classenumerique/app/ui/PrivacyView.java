package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.privacy.service.PersonalDataExport;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/** A school admin answers a privacy request: everything about one person, as a JSON file. */
@Route("admin/privacy")
@RolesAllowed("SCHOOL_ADMIN")
public class PrivacyView extends Main implements HasDynamicTitle {

    public PrivacyView(CurrentCaller currentCaller, PersonalDataExport export, JsonMapper json) {
        Caller caller = currentCaller.require();
        ComboBox<Account> person = new ComboBox<>(getTranslation("privacy.person"));
        person.setItems(export.people(caller));
        person.setItemLabelGenerator(account -> getTranslation(
                "privacy.person.label",
                account.displayName(),
                getTranslation("role." + account.role().name().toLowerCase(Locale.ROOT))));
        person.setWidth("min(100%, 28rem)");
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = json.writerWithDefaultPrettyPrinter()
                            .writeValueAsBytes(
                                    export.export(caller, person.getValue().id()));
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            getTranslation("privacy.file", person.getValue().id()),
                            "application/json",
                            bytes.length);
                }),
                getTranslation("privacy.export"));
        download.getElement().setAttribute("download", true);
        // Shown once a person is chosen: a disabled link is neither readable nor announced as disabled.
        download.setVisible(false);
        person.addValueChangeListener(change -> download.setVisible(change.getValue() != null));
        add(new H2(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.help")), person, download);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " — " + getTranslation("app.name");
    }
}
