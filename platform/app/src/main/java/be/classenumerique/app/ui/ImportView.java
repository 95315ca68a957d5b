package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.mail.InvitationMail;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.roster.domain.RosterField;
import be.classenumerique.core.roster.domain.RosterFile;
import be.classenumerique.core.roster.domain.RosterRow;
import be.classenumerique.core.roster.service.RosterImport;
import be.classenumerique.core.roster.service.RosterReader;
import be.classenumerique.core.shared.RefusedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A school admin imports pupils from the school software's CSV export: upload, check which column is
 * what, see every line's status, then import all, or on purpose all but the lines with a problem.
 */
@Route("admin/import")
@RolesAllowed("SCHOOL_ADMIN")
public class ImportView extends Main implements HasDynamicTitle {

    private final Caller caller;
    private final RosterImport roster;
    private final InvitationMail invitations;
    private final RosterReader reader = new RosterReader();
    private final Div step = new Div();
    private final Paragraph message = new Paragraph();

    public ImportView(CurrentCaller currentCaller, RosterImport roster, InvitationMail invitations) {
        this.caller = currentCaller.require();
        this.invitations = invitations;
        this.roster = roster;
        message.getElement().setAttribute("role", "status");
        message.addClassName("cn-import-message");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> received(bytes))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RosterReader.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setDropAllowed(true);
        upload.getElement().setAttribute("aria-label", getTranslation("import.upload"));
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("import.upload.drop"))
                .setMany(getTranslation("import.upload.drop")));
        texts.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("import.upload.add"))
                .setMany(getTranslation("import.upload.add")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("import.upload.too-many"))
                .setFileIsTooBig(getTranslation("import.file.too-big"))
                .setIncorrectFileType(getTranslation("import.upload.wrong-type")));
        upload.setI18n(texts);
        add(
                new H2(getTranslation("import.title")),
                new Paragraph(getTranslation("import.help")),
                upload,
                message,
                step);
    }

    private void received(byte[] bytes) {
        step.removeAll();
        message.setText("");
        try {
            RosterFile file = reader.read(bytes);
            showMapping(file);
        } catch (RefusedException e) {
            message.setText(getTranslation(e.messageKey()));
        }
    }

    private void showMapping(RosterFile file) {
        step.removeAll();
        Map<RosterField, Integer> guessed = roster.guessMapping(file.header());
        Map<RosterField, Select<Integer>> selects = new EnumMap<>(RosterField.class);
        Div fields = new Div();
        fields.addClassName("cn-mapping");
        List<Integer> columns =
                IntStream.rangeClosed(-1, file.header().size() - 1).boxed().toList();
        for (RosterField field : RosterField.values()) {
            Select<Integer> select = new Select<>();
            select.setLabel(getTranslation("import.field." + field.name().toLowerCase(Locale.ROOT)));
            select.setItems(columns);
            select.setItemLabelGenerator(column -> column < 0
                    ? getTranslation("import.mapping.none")
                    : file.header().get(column));
            select.setValue(guessed.getOrDefault(field, -1));
            selects.put(field, select);
            fields.add(select);
        }
        Button check = new Button(getTranslation("import.check"), click -> {
            Map<RosterField, Integer> mapping = new EnumMap<>(RosterField.class);
            selects.forEach((field, select) -> {
                if (select.getValue() != null && select.getValue() >= 0) {
                    mapping.put(field, select.getValue());
                }
            });
            try {
                showPreview(roster.check(caller, file, mapping));
            } catch (RefusedException e) {
                RosterField missing = RosterField.valueOf(e.getMessage());
                message.setText(getTranslation(
                        e.messageKey(),
                        getTranslation("import.field." + missing.name().toLowerCase(Locale.ROOT))));
            }
        });
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        step.add(
                new H3(getTranslation("import.mapping.title")),
                new Paragraph(getTranslation("import.read", file.rows().size(), file.encoding(), file.delimiter())),
                fields,
                check);
    }

    private void showPreview(RosterImport.Preview preview) {
        step.removeAll();
        message.setText("");
        int invalid = preview.invalid().size();
        Paragraph summary = new Paragraph(getTranslation(
                "import.summary",
                preview.rows().size(),
                preview.newPupils(),
                preview.knownPupils(),
                preview.newClasses().size(),
                invalid));
        summary.addClassName("cn-import-summary");
        Grid<RosterRow> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("import.preview"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(RosterRow::line)
                .setHeader(getTranslation("import.grid.line"))
                .setAutoWidth(true);
        grid.addColumn(RosterRow::className)
                .setHeader(getTranslation("import.grid.class"))
                .setAutoWidth(true);
        grid.addColumn(RosterRow::displayName).setHeader(getTranslation("import.grid.name"));
        grid.addColumn(this::status)
                .setHeader(getTranslation("import.grid.status"))
                .setFlexGrow(3);
        grid.setItems(preview.rows().stream()
                .sorted(Comparator.comparing(RosterRow::valid).thenComparing(RosterRow::line))
                .limit(500)
                .toList());
        grid.setHeight("24rem");
        Button importAll = new Button(getTranslation("import.apply"), click -> apply(preview, false));
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.setEnabled(invalid == 0);
        Button leaveOut = new Button(getTranslation("import.apply-leave-out", invalid), click -> apply(preview, true));
        leaveOut.setVisible(invalid > 0 && invalid < preview.rows().size());
        Div actions = new Div(importAll, leaveOut);
        actions.addClassName("cn-actions");
        step.add(new H3(getTranslation("import.preview")), summary, grid, actions);
        if (invalid > 0) {
            message.setText(getTranslation("import.fix-first", invalid));
        }
    }

    private String status(RosterRow row) {
        return row.valid()
                ? getTranslation("import.status.ok")
                : row.problems().stream().map(this::getTranslation).collect(Collectors.joining(" "));
    }

    private void apply(RosterImport.Preview preview, boolean leaveOutInvalid) {
        try {
            RosterImport.Report report = roster.apply(caller, preview, leaveOutInvalid);
            step.removeAll();
            String done = getTranslation(
                    "import.done",
                    report.pupilsAdded(),
                    report.pupilsAlreadyThere(),
                    report.classesCreated(),
                    report.linesLeftOut());
            if (!report.parentsToInvite().isEmpty()) {
                done += " "
                        + (invitations.enabled()
                                ? getTranslation(
                                        "import.parents.invited",
                                        invitations.inviteAll(caller, report.parentsToInvite()))
                                : getTranslation("import.parents.no-mail"));
            }
            message.setText(done);
        } catch (RefusedException e) {
            message.setText(getTranslation(e.messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " — " + getTranslation("app.name");
    }
}
