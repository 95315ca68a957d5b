package be.classenumerique.app.ui;

import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.search.service.ModuleIndex;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.Optional;

/** The module catalogue, searchable with a forgiving search (typos and missing accents are fine). */
@Route("modules")
@RolesAllowed({"TEACHER", "SCHOOL_ADMIN"})
public class ModulesView extends Main implements HasDynamicTitle {

    private static final int MAX_RESULTS = 50;

    private final ModuleCatalogue catalogue;
    private final ModuleIndex index;
    private final Div results = new Div();

    public ModulesView(ModuleCatalogue catalogue, ModuleIndex index) {
        this.catalogue = catalogue;
        this.index = index;
        TextField search = new TextField(getTranslation("modules.search"));
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> show(change.getValue()));
        results.addClassName("cn-cards");
        results.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("modules.title")), search, results);
        show("");
    }

    private void show(String query) {
        Collection<Module> modules = query.isBlank()
                ? catalogue.all()
                : index.search(query, MAX_RESULTS).stream()
                        .map(catalogue::find)
                        .flatMap(Optional::stream)
                        .toList();
        results.removeAll();
        if (modules.isEmpty()) {
            results.add(new Paragraph(getTranslation("modules.none")));
            return;
        }
        for (Module module : modules) {
            Div card = new Div();
            card.addClassName("cn-card");
            card.add(new com.vaadin.flow.component.html.H3(module.title()), new Paragraph(module.summary()));
            card.add(new Paragraph(
                    getTranslation("module.meta", String.join(", ", module.levels()), module.durationMinutes())));
            results.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("modules.title") + " — " + getTranslation("app.name");
    }
}
