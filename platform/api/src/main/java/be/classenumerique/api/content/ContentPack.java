package be.classenumerique.api.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Modules a plugin ships, in the same format as the platform's {@code content/} folder (see
 * {@code content/README.md}): a {@code pack.yaml} that lists the module files, each a path relative
 * to the pack's root. The platform validates the pack like any other; a broken pack is skipped and
 * reported, the rest of the platform still loads.
 *
 * <p>{@link ClasspathContentPack} serves a pack kept under a folder of the plugin's jar.
 *
 * @since 0.1.0
 */
public interface ContentPack extends ExtensionPoint {

    /**
     * @return a name for messages, e.g. the plugin id and the pack's folder
     * @since 0.1.0
     */
    String source();

    /**
     * Opens one file of the pack.
     *
     * @param relativePath a path relative to the pack's root, with {@code /} separators; the platform
     *     only asks for {@code pack.yaml} and the paths it lists, never for a path with {@code ..}
     * @return the file's bytes, or empty when there is no such file; the caller closes the stream
     * @throws IOException when the file exists but cannot be read
     * @since 0.1.0
     */
    Optional<InputStream> open(String relativePath) throws IOException;
}
