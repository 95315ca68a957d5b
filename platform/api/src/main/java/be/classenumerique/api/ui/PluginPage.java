package be.classenumerique.api.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * A screen of a plugin's own, served by the platform at {@code /plugins/<pluginId>/<id>} inside the
 * platform's layout, and listed in the menu of the roles that may open it.
 *
 * <p>The platform lets only callers holding one of {@link #roles()} open the page; rights on the data
 * shown must still be checked by the plugin, per object.
 *
 * @since 0.1.0
 */
public interface PluginPage extends ExtensionPoint {

    /**
     * @return the page's URL segment, lower-case letters, digits and dashes, unique in the plugin
     * @since 0.1.0
     */
    String id();

    /**
     * @return who may open the page; never empty
     * @since 0.1.0
     */
    Set<Role> roles();

    /**
     * @param locale the reader's language
     * @return the page's title, also used in the menu
     * @since 0.1.0
     */
    String title(Locale locale);

    /**
     * Builds the page for one showing, on the UI thread.
     *
     * @param caller the signed-in person
     * @return a new component
     * @since 0.1.0
     */
    Component create(Caller caller);
}
