package be.classenumerique.api.security;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Adds permissions the platform checks for a plugin. Called once, when the plugin starts; a plugin whose
 * permission ids do not start with its own id ({@code <pluginId>.}) or repeat another's is refused, with
 * the reason on the Extensions page. Check a permission through {@link
 * be.classenumerique.api.PluginContext#permissions()}.
 *
 * @since 0.2.0
 */
public interface PermissionProvider extends ExtensionPoint {

    /**
     * @return the permissions this plugin defines
     * @since 0.2.0
     */
    List<Permission> permissions();
}
