package be.classenumerique.app.plugins;

import java.util.List;

/**
 * What the Plugins page shows of one plugin or refused file.
 *
 * @param id the plugin id, or the file name when the file is not a readable plugin
 * @param version its version, or empty
 * @param requires the platform versions it accepts, or empty
 * @param state whether it runs
 * @param extensions the extensions it contributes, as {@code ExtensionPoint: class}
 * @param problem why it was refused; empty when it runs
 */
public record PluginInfo(
        String id, String version, String requires, State state, List<String> extensions, String problem) {

    /** Whether a plugin runs. */
    public enum State {
        STARTED,
        REFUSED
    }

    public PluginInfo {
        extensions = List.copyOf(extensions);
    }
}
