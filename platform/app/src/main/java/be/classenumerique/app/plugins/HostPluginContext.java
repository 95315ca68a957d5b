package be.classenumerique.app.plugins;

import be.classenumerique.api.Messages;
import be.classenumerique.api.PluginContext;
import be.classenumerique.api.security.Permissions;
import be.classenumerique.app.i18n.BundleMessages;
import java.time.Clock;
import java.util.Optional;
import org.springframework.core.env.Environment;

/** The {@link PluginContext} the host builds for one plugin. */
final class HostPluginContext implements PluginContext {

    private final String pluginId;
    private final Messages messages;
    private final Clock clock;
    private final Environment environment;
    private final Permissions permissions;

    HostPluginContext(
            String pluginId,
            ClassLoader pluginClassLoader,
            Clock clock,
            Environment environment,
            Permissions permissions) {
        this.permissions = permissions;
        this.pluginId = pluginId;
        this.messages = new BundleMessages("i18n/messages", pluginClassLoader);
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Optional<String> setting(String key) {
        // The environment also answers CN_PLUGIN_<ID>_<KEY> for this name (relaxed binding).
        return Optional.ofNullable(environment.getProperty("cn.plugin." + pluginId + "." + key));
    }

    @Override
    public Permissions permissions() {
        return permissions;
    }

    @Override
    public String staticUrl(String path) {
        return PluginWeb.STATIC_PREFIX.formatted(pluginId) + path.replaceFirst("^/+", "");
    }
}
