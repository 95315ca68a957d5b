package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.api.ui.PluginPage;
import be.classenumerique.app.plugins.PluginHost;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.shared.NotFoundException;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Shows a plugin's {@link PluginPage} at {@code /plugins/<pluginId>/<pageId>} inside the platform's
 * layout, to callers holding one of the page's roles; anyone else gets the not-found page.
 */
@Route("plugins/:pluginId/:pageId")
@PermitAll
public class PluginPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PluginHost plugins;
    private final CurrentCaller currentCaller;
    private String title = "";

    public PluginPageView(PluginHost plugins, CurrentCaller currentCaller) {
        this.plugins = plugins;
        this.currentCaller = currentCaller;
    }

    /** @return the path of a page, for links */
    static String path(PluginHost plugins, PluginPage page) {
        return "plugins/" + plugins.pluginOf(page).orElseThrow() + "/" + page.id();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Caller caller = currentCaller.require();
        String pluginId = event.getRouteParameters().get("pluginId").orElse("");
        String pageId = event.getRouteParameters().get("pageId").orElse("");
        PluginPage page = plugins.extensions(pluginId, PluginPage.class).stream()
                .filter(candidate -> candidate.id().equals(pageId))
                .filter(candidate -> candidate.roles().stream().anyMatch(caller::has))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("page"));
        title = page.title(caller.locale());
        removeAll();
        add(page.create(caller));
    }

    @Override
    public String getPageTitle() {
        return title + " — " + getTranslation("app.name");
    }
}
