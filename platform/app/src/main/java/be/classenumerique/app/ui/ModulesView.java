package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.authoring.service.WrittenModules;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.content.service.CompetenceFrameworks;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.search.domain.CatalogueFilter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The module catalogue: a forgiving search (typos and missing accents are fine) with results as you type,
 * the words found marked, and facets (level, DigComp area, length, language, source) that say how many
 * modules each choice keeps.
 */
@Route("modules")
@RolesAllowed({"TEACHER", "SCHOOL_ADMIN"})
public class ModulesView extends Main implements HasDynamicTitle {

    private static final int MAX_RESULTS = 500;
    private static final int MAX_SUGGESTIONS = 5;
    private static final List<String> FACETS = List.of("level", "area", "length", "language", "source");

    private final Caller caller;
    private final WrittenModules written;
    private final ModuleCatalogue catalogue;
    private final CompetenceFrameworks frameworks;
    private final TextField search = new TextField();
    private final Map<String, Select<String>> facets = new LinkedHashMap<>();
    private final Paragraph count = new Paragraph();
    private final Div results = new Div();
    private final Div suggestions = new Div();
    private boolean refreshing;

    public ModulesView(
            CurrentCaller currentCaller,
            ModuleCatalogue catalogue,
            CompetenceFrameworks frameworks,
            WrittenModules written) {
        this.caller = currentCaller.require();
        this.written = written;
        this.catalogue = catalogue;
        this.frameworks = frameworks;
        search.setLabel(getTranslation("modules.search"));
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> show());
        Div filters = new Div();
        filters.addClassName("cn-facets");
        for (String facet : FACETS) {
            Select<String> select = new Select<>();
            select.setLabel(getTranslation("modules.facet." + facet));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("modules.facet.all"));
            select.addValueChangeListener(change -> {
                if (!refreshing) {
                    show();
                }
            });
            facets.put(facet, select);
            filters.add(select);
        }
        count.getElement().setAttribute("role", "status");
        results.addClassName("cn-cards");
        Button write = new Button(
                getTranslation("modules.write"), click -> getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class)));
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        suggestions.addClassName("cn-suggestions");
        suggestions.getElement().setAttribute("role", "group");
        suggestions.getElement().setAttribute("aria-label", getTranslation("modules.suggestions"));
        add(new H2(getTranslation("modules.title")), write, search, suggestions, filters, count, results);
        show();
    }

    private void show() {
        String query = search.getValue();
        suggest(query);
        List<Module> found = query.isBlank() ? written.modulesFor(caller) : written.search(caller, query, MAX_RESULTS);
        CatalogueFilter filter = new CatalogueFilter(
                value("level"),
                value("area"),
                Optional.ofNullable(value("length"))
                        .map(CatalogueFilter.Length::valueOf)
                        .orElse(null),
                value("language"),
                value("source"));
        updateFacets(CatalogueFilter.facets(found));
        List<Module> shown = found.stream().filter(filter::keeps).toList();
        count.setText(getTranslation("modules.count", shown.size()));
        results.removeAll();
        if (shown.isEmpty()) {
            results.add(new Paragraph(getTranslation("modules.none")));
            return;
        }
        for (Module module : shown) {
            Div card = new Div();
            card.addClassName("cn-card");
            card.add(new H3(module.title()), Highlighted.of(module.summary(), query));
            card.add(new Paragraph(
                    getTranslation("module.meta", String.join(", ", module.levels()), module.durationMinutes())));
            String competences = module.competences().stream()
                    .map(ref -> frameworks.title(ref, getLocale()).orElse(ref))
                    .collect(Collectors.joining(" · "));
            if (!competences.isEmpty()) {
                Paragraph tags = new Paragraph(competences);
                tags.addClassName("cn-competences");
                card.add(tags);
            }
            catalogue.authorship(module.id()).ifPresent(authorship -> {
                Paragraph origin = new Paragraph(getTranslation(
                        authorship.shared() ? "modules.written.shared" : "modules.written.private",
                        authorship.authorName()));
                origin.addClassName("cn-written");
                card.add(origin);
            });
            card.add(cardActions(module));
            results.add(card);
        }
    }

    /** Titles that complete the words being typed; picking one searches for it. */
    private void suggest(String typed) {
        suggestions.removeAll();
        List<String> titles = written.suggest(caller, typed, MAX_SUGGESTIONS).stream()
                .map(Module::title)
                .filter(title -> !title.equalsIgnoreCase(typed.strip()))
                .distinct()
                .toList();
        if (titles.isEmpty()) {
            return;
        }
        suggestions.add(new Span(getTranslation("modules.suggestions")));
        for (String title : titles) {
            Button suggestion = new Button(title, click -> search.setValue(title));
            suggestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            suggestions.add(suggestion);
        }
    }

    private Div cardActions(Module module) {
        RouteParameters id = new RouteParameters("moduleId", module.id());
        Button preview = new Button(
                getTranslation("modules.preview"),
                click -> getUI().ifPresent(ui -> ui.navigate(ModulePreviewView.class, id)));
        preview.getElement().setAttribute("aria-label", getTranslation("modules.preview.of", module.title()));
        Div actions = new Div(preview);
        if (written.isAuthor(caller, module.id())) {
            Button edit = new Button(
                    getTranslation("modules.edit"),
                    click -> getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class, id)));
            edit.getElement().setAttribute("aria-label", getTranslation("modules.edit.of", module.title()));
            actions.add(edit);
        }
        Button adapt = new Button(
                getTranslation("modules.adapt"),
                click ->
                        getUI().ifPresent(ui -> ui.navigate("modules/write", QueryParameters.of("from", module.id()))));
        adapt.getElement().setAttribute("aria-label", getTranslation("modules.adapt.of", module.title()));
        actions.add(adapt);
        actions.addClassName("cn-card-actions");
        return actions;
    }

    /** Each choice says how many of the found modules it keeps; the current choice stays. */
    private void updateFacets(Map<String, Map<String, Integer>> counts) {
        refreshing = true;
        try {
            facets.forEach((facet, select) -> {
                String chosen = select.getValue();
                Map<String, Integer> values = new LinkedHashMap<>(counts.getOrDefault(facet, Map.of()));
                if (chosen != null) {
                    values.putIfAbsent(chosen, 0);
                }
                select.setItems(new ArrayList<>(values.keySet()));
                select.setItemLabelGenerator(value -> value == null
                        ? getTranslation("modules.facet.all")
                        : label(facet, value) + " (" + values.getOrDefault(value, 0) + ")");
                select.setValue(chosen);
            });
        } finally {
            refreshing = false;
        }
    }

    private String label(String facet, String value) {
        Locale locale = getLocale();
        return switch (facet) {
            case "level" -> getTranslation("level." + value);
            case "area" -> frameworks.title(value, locale).orElse(value);
            case "length" -> getTranslation("modules.length." + value.toLowerCase(Locale.ROOT));
            case "language" -> Locale.forLanguageTag(value).getDisplayLanguage(locale);
            case "source" ->
                switch (value) {
                    case "content" -> getTranslation("modules.source.content");
                    case ModuleCatalogue.SCHOOL_SOURCE -> getTranslation("modules.source.school");
                    default -> value;
                };
            default -> value;
        };
    }

    private String value(String facet) {
        return facets.get(facet).getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("modules.title") + " — " + getTranslation("app.name");
    }
}
