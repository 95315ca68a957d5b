package be.classenumerique.app.ui;

import be.classenumerique.api.security.Permission;
import be.classenumerique.app.plugins.PluginHost;
import be.classenumerique.app.plugins.PluginInfo;
import be.classenumerique.core.content.domain.ContentProblem;
import be.classenumerique.core.content.service.ModuleCatalogue;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.stream.Collectors;

/** Every plugin with its state, and why a plugin or a content file was refused. */
@Route("admin/plugins")
@RolesAllowed({"PLATFORM_ADMIN", "SCHOOL_ADMIN"})
public class PluginsView extends Main implements HasDynamicTitle {

    public PluginsView(PluginHost plugins, ModuleCatalogue catalogue) {
        add(new H2(getTranslation("plugins.title")));
        Grid<PluginInfo> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("plugins.title"));
        grid.addClassName("cn-plugins-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PluginInfo::id).setHeader(getTranslation("plugins.id")).setAutoWidth(true);
        grid.addColumn(PluginInfo::version)
                .setHeader(getTranslation("plugins.version"))
                .setAutoWidth(true);
        grid.addColumn(PluginInfo::requires)
                .setHeader(getTranslation("plugins.requires"))
                .setAutoWidth(true);
        grid.addComponentColumn(info -> {
                    String state = info.state().name().toLowerCase(Locale.ROOT);
                    Span badge = new Span(getTranslation("plugins.state." + state));
                    badge.addClassName("cn-state-" + state);
                    return badge;
                })
                .setHeader(getTranslation("plugins.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(info -> {
                    UnorderedList list = new UnorderedList();
                    list.addClassName("cn-extensions");
                    info.extensions().forEach(extension -> list.add(new ListItem(extension)));
                    return list;
                })
                .setHeader(getTranslation("plugins.extensions"))
                .setFlexGrow(3);
        grid.addColumn(PluginInfo::problem)
                .setHeader(getTranslation("plugins.problem"))
                .setFlexGrow(2);
        grid.setItems(plugins.describe());
        grid.setAllRowsVisible(true);
        add(grid);
        if (plugins.describe().isEmpty()) {
            add(new Paragraph(getTranslation("plugins.none")));
        }

        add(new H2(getTranslation("plugins.permissions.title")));
        if (plugins.permissions().isEmpty()) {
            add(new Paragraph(getTranslation("plugins.permissions.none")));
        } else {
            Grid<Permission> permissions = new Grid<>();
            permissions.setAriaLabel(getTranslation("plugins.permissions.title"));
            permissions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            permissions
                    .addColumn(Permission::id)
                    .setHeader(getTranslation("plugins.permissions.id"))
                    .setAutoWidth(true);
            permissions
                    .addColumn(permission -> plugins.describe(permission, getLocale()))
                    .setHeader(getTranslation("plugins.permissions.description"))
                    .setFlexGrow(2);
            permissions
                    .addColumn(permission -> permission.roles().stream()
                            .map(role -> getTranslation("role." + role.name().toLowerCase(Locale.ROOT)))
                            .sorted()
                            .collect(Collectors.joining(", ")))
                    .setHeader(getTranslation("plugins.permissions.roles"))
                    .setAutoWidth(true);
            permissions.setItems(plugins.permissions());
            permissions.setAllRowsVisible(true);
            add(permissions);
        }

        add(new H2(getTranslation("content.problems.title")));
        if (catalogue.problems().isEmpty()) {
            add(new Paragraph(
                    getTranslation("content.problems.none", catalogue.all().size())));
        } else {
            Grid<ContentProblem> problems = new Grid<>();
            problems.setAriaLabel(getTranslation("content.problems.title"));
            problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            problems.addColumn(ContentProblem::file).setHeader(getTranslation("content.problems.file"));
            problems.addColumn(ContentProblem::line)
                    .setHeader(getTranslation("content.problems.line"))
                    .setAutoWidth(true);
            problems.addColumn(ContentProblem::message).setHeader(getTranslation("content.problems.message"));
            problems.setItems(catalogue.problems());
            problems.setAllRowsVisible(true);
            add(problems);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.title") + " — " + getTranslation("app.name");
    }
}
