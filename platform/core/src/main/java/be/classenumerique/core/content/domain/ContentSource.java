package be.classenumerique.core.content.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A place packs are read from: a pack folder of {@code content/}, or a plugin's
 * {@link be.classenumerique.api.content.ContentPack}.
 *
 * @param origin {@code content} for the platform's own packs, else the plugin id
 * @param name how to name the pack in messages (its folder or the plugin's resource)
 * @param files opens a file by its path relative to the pack root
 */
public record ContentSource(String origin, String name, FileOpener files) {

    /** Opens a pack file; empty when there is no such file. */
    @FunctionalInterface
    public interface FileOpener {
        Optional<InputStream> open(String relativePath) throws IOException;
    }
}
