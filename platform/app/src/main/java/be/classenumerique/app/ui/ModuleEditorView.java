package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.activities.service.ActivityTypeRegistry;
import be.classenumerique.core.authoring.domain.ActivityDraft;
import be.classenumerique.core.authoring.domain.ModuleDraft;
import be.classenumerique.core.authoring.domain.WrittenModule;
import be.classenumerique.core.authoring.service.WrittenModules;
import be.classenumerique.core.content.domain.Authorship;
import be.classenumerique.core.content.domain.CompetenceArea;
import be.classenumerique.core.content.service.CompetenceFrameworks;
import be.classenumerique.core.content.service.MarkdownRenderer;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.schools.domain.Levels;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A teacher writes a module, or adapts a copy of one from the catalogue: its description, then its pages
 * and questions in order. Saving checks it like a content pack; the teacher previews it as a pupil and
 * shares it with the school's other teachers when it is ready.
 */
@Route("modules/write/:moduleId?")
@RolesAllowed({"TEACHER", "SCHOOL_ADMIN"})
public class ModuleEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<String> LANGUAGES = List.of("fr", "nl", "en", "de");
    /** The frameworks' own names, the same in every language. */
    private static final Map<String, String> FRAMEWORK_NAMES =
            Map.of("digcomp", "DigComp", "crcn", "CRCN", "digcompedu", "DigCompEdu");

    private final CurrentCaller currentCaller;
    private final WrittenModules written;
    private final ModuleCatalogue catalogue;
    private final ActivityTypeRegistry types;
    private final CompetenceFrameworks frameworks;
    private final MarkdownRenderer markdown;

    private Caller caller;
    private String moduleId;
    private String basedOn;
    private int version;
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final Select<String> language = new Select<>();
    private final MultiSelectComboBox<String> levels = new MultiSelectComboBox<>();
    private final IntegerField duration = new IntegerField();
    private final MultiSelectComboBox<String> competences = new MultiSelectComboBox<>();
    private final Select<String> licence = new Select<>();
    private final Checkbox shared = new Checkbox();
    private final Div activities = new Div();
    private final List<ActivityEditor> editors = new ArrayList<>();
    private final Paragraph status = new Paragraph();
    private final Button preview = new Button();
    private ActivityEditor.Competences competenceChoices;

    public ModuleEditorView(
            CurrentCaller currentCaller,
            WrittenModules written,
            ModuleCatalogue catalogue,
            ActivityTypeRegistry types,
            CompetenceFrameworks frameworks) {
        this.currentCaller = currentCaller;
        this.written = written;
        this.catalogue = catalogue;
        this.markdown = new MarkdownRenderer(catalogue::hasFile);
        this.types = types;
        this.frameworks = frameworks;
        addClassName("cn-module-editor");
        // Once: the page is drawn again after each save, the button stays.
        preview.setText(getTranslation("authoring.preview"));
        preview.addClickListener(click -> getUI().ifPresent(
                        ui -> ui.navigate(ModulePreviewView.class, new RouteParameters("moduleId", moduleId))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = currentCaller.require();
        moduleId = event.getRouteParameters().get("moduleId").orElse(null);
        basedOn = null;
        ModuleDraft draft;
        if (moduleId != null) {
            if (!written.isAuthor(caller, moduleId)) {
                throw new NotFoundException("module");
            }
            draft = written.draftOf(caller, moduleId);
            version = catalogue.find(moduleId).orElseThrow().version();
            basedOn = catalogue.authorship(moduleId).map(Authorship::basedOn).orElse(null);
        } else {
            version = 0;
            var from = event.getLocation().getQueryParameters().getSingleParameter("from");
            if (from.isPresent()) {
                ModuleDraft original = written.draftOf(caller, from.get());
                basedOn = from.get();
                draft = new ModuleDraft(
                        getTranslation("authoring.copy-title", original.title()),
                        original.summary(),
                        original.language(),
                        original.levels(),
                        original.durationMinutes(),
                        original.competences(),
                        original.licence(),
                        original.activities());
            } else {
                draft = new ModuleDraft(
                        "",
                        "",
                        Locale.forLanguageTag(caller.locale().getLanguage()),
                        List.of(),
                        15,
                        List.of(),
                        WrittenModules.LICENCES.getFirst(),
                        List.of(new ActivityDraft(null, ActivityEditor.LESSON, Map.of())));
            }
        }
        render(draft);
    }

    private void render(ModuleDraft draft) {
        removeAll();
        add(new H2(getTranslation(moduleId == null ? "authoring.new" : "authoring.edit")));
        if (basedOn != null) {
            add(new Paragraph(getTranslation(
                    "authoring.based-on",
                    catalogue.find(basedOn).map(m -> m.title()).orElse(basedOn))));
        }
        title.setLabel(getTranslation("authoring.title"));
        title.setValue(draft.title());
        title.setMaxLength(120);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        summary.setLabel(getTranslation("authoring.summary"));
        summary.setValue(draft.summary());
        summary.setMaxLength(600);
        summary.setRequiredIndicatorVisible(true);
        summary.setWidthFull();
        language.setLabel(getTranslation("authoring.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(code -> Locale.forLanguageTag(code).getDisplayLanguage(getLocale()));
        language.setValue(
                LANGUAGES.contains(draft.language().getLanguage())
                        ? draft.language().getLanguage()
                        : "fr");
        levels.setLabel(getTranslation("authoring.levels"));
        levels.setItems(Levels.ALL);
        levels.setItemLabelGenerator(level -> getTranslation("level." + level));
        levels.setValue(new LinkedHashSet<>(draft.levels()));
        duration.setLabel(getTranslation("authoring.duration"));
        duration.setMin(1);
        duration.setMax(300);
        duration.setStepButtonsVisible(true);
        duration.setValue(draft.durationMinutes());
        competences.setLabel(getTranslation("authoring.competences"));
        competenceChoices = new ActivityEditor.Competences(
                competenceRefs(),
                ref -> FRAMEWORK_NAMES.get(ref.substring(0, ref.indexOf(':'))) + " "
                        + frameworks.title(ref, getLocale()).orElse(ref));
        competences.setItems(competenceChoices.refs());
        competences.setItemLabelGenerator(competenceChoices.label()::apply);
        competences.setValue(new LinkedHashSet<>(draft.competences()));
        competences.setWidthFull();
        licence.setLabel(getTranslation("authoring.licence"));
        licence.setItems(WrittenModules.LICENCES);
        licence.setItemLabelGenerator(value -> getTranslation("authoring.licence." + value));
        licence.setValue(draft.licence());
        FlexLayout facts = new FlexLayout(language, levels, duration, licence);
        facts.addClassName("cn-editor-facts");
        add(title, summary, facts, competences);

        activities.removeAll();
        editors.clear();
        activities.addClassName("cn-editor-activities");
        draft.activities().forEach(this::addEditor);
        renumber();
        add(activities, adder());

        shared.setLabel(getTranslation("authoring.shared"));
        shared.setValue(moduleId != null
                && catalogue.authorship(moduleId).map(a -> a.shared()).orElse(false));
        Button save = new Button(getTranslation("authoring.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.setEnabled(moduleId != null);
        status.getElement().setAttribute("role", "status");
        status.addClassName("cn-editor-status");
        Div actions = new Div(save, preview);
        actions.addClassName("cn-actions");
        add(shared, actions, status);
    }

    private Div adder() {
        Select<String> type = new Select<>();
        type.setLabel(getTranslation("authoring.add.type"));
        type.setItems(ActivityEditor.EDITABLE);
        type.setItemLabelGenerator(this::typeName);
        type.setValue("builtin:single-choice");
        Button add = new Button(getTranslation("authoring.add"), click -> {
            addEditor(new ActivityDraft(null, type.getValue(), Map.of()));
            renumber();
            editors.getLast().scrollIntoView();
        });
        Div adder = new Div(type, add);
        adder.addClassName("cn-editor-adder");
        return adder;
    }

    private void addEditor(ActivityDraft draft) {
        ActivityEditor[] self = new ActivityEditor[1];
        ActivityEditor editor = new ActivityEditor(
                draft,
                typeName(draft.typeId()),
                markdown,
                competenceChoices,
                ActivityEditor.action(getTranslation("authoring.up"), () -> move(self[0], -1)),
                ActivityEditor.action(getTranslation("authoring.down"), () -> move(self[0], 1)),
                ActivityEditor.action(getTranslation("authoring.remove"), () -> remove(self[0])));
        self[0] = editor;
        editors.add(editor);
        activities.add(editor);
    }

    private void move(ActivityEditor editor, int by) {
        int from = editors.indexOf(editor);
        int to = from + by;
        if (to < 0 || to >= editors.size()) {
            return;
        }
        editors.remove(from);
        editors.add(to, editor);
        activities.removeAll();
        editors.forEach(activities::add);
        renumber();
    }

    private void remove(ActivityEditor editor) {
        editors.remove(editor);
        activities.remove(editor);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).number(i + 1);
        }
    }

    private void save() {
        try {
            List<ActivityDraft> drafts = new ArrayList<>();
            for (ActivityEditor editor : editors) {
                drafts.add(editor.draft());
            }
            ModuleDraft draft = new ModuleDraft(
                    title.getValue(),
                    summary.getValue(),
                    Locale.forLanguageTag(language.getValue()),
                    new ArrayList<>(levels.getValue()),
                    duration.getValue() == null || duration.isInvalid() ? 0 : duration.getValue(),
                    new ArrayList<>(competences.getValue()),
                    licence.getValue(),
                    drafts);
            WrittenModule saved = moduleId == null
                    ? written.create(caller, draft, basedOn)
                    : written.update(caller, moduleId, draft, version);
            moduleId = saved.module().id();
            version = saved.module().version();
            if (saved.authorship().shared() != shared.getValue()) {
                written.share(caller, moduleId, shared.getValue());
            }
            // New activities got their ids: edit the saved module from now on, at its own address.
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "modules/write/" + moduleId));
            render(written.draftOf(caller, moduleId));
            status.setText(getTranslation("authoring.saved", version));
        } catch (RefusedException e) {
            status.setText(getTranslation(e.messageKey(), e.messageArguments()));
        }
    }

    private String typeName(String typeId) {
        return types.find(typeId).map(type -> type.name(getLocale())).orElse(typeId);
    }

    /** Every competence of the loaded frameworks, by framework and number. */
    private List<String> competenceRefs() {
        List<String> refs = new ArrayList<>();
        for (String framework : List.of("digcomp", "crcn", "digcompedu")) {
            for (CompetenceArea area : frameworks.areas(framework)) {
                refs.addAll(area.competences());
            }
        }
        return refs;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(moduleId == null ? "authoring.new" : "authoring.edit") + " — "
                + getTranslation("app.name");
    }
}
