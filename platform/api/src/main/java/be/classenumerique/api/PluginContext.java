package be.classenumerique.api;

import java.time.Clock;
import java.util.Optional;

/**
 * What the platform hands a plugin's extensions. An extension asks for it by declaring a constructor
 * parameter of this type; the host builds one per plugin. Narrow on purpose: new services are added
 * here as methods when a plugin needs them, never by exposing the platform's internals.
 *
 * @since 0.1.0
 */
public interface PluginContext {

    /**
     * @return the plugin's id, as in its manifest's {@code Plugin-Id}
     * @since 0.1.0
     */
    String pluginId();

    /**
     * @return the plugin's own translated messages
     * @since 0.1.0
     */
    Messages messages();

    /**
     * @return the platform's clock; use it instead of {@code Instant.now()} so tests can move time
     * @since 0.1.0
     */
    Clock clock();

    /**
     * Reads a setting the administrator gave this plugin: the platform property
     * {@code cn.plugin.<pluginId>.<key>} (or the environment variable {@code CN_PLUGIN_<PLUGINID>_<KEY>}).
     *
     * @param key the setting's name
     * @return its value, if set
     * @since 0.1.0
     */
    Optional<String> setting(String key);

    /**
     * The URL at which the platform serves a file the plugin ships under {@code static/} in its jar,
     * for example a prebuilt script a view loads with {@code Page.addJavaScript}. See the api README.
     *
     * @param path a path below {@code static/}, e.g. {@code blocks/editor.js}
     * @return an absolute path on this server, e.g. {@code /plugins/coding/static/blocks/editor.js}
     * @since 0.1.0
     */
    String staticUrl(String path);

    /**
     * @return who holds the permissions plugins define (see {@link
     *     be.classenumerique.api.security.PermissionProvider})
     * @since 0.2.0
     */
    be.classenumerique.api.security.Permissions permissions();
}
