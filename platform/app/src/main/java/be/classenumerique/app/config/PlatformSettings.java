package be.classenumerique.app.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's settings ({@code cn.*} properties, or the matching {@code CN_*} environment variables).
 *
 * @param dataDir the embedded store's folder
 * @param contentDir the {@code content/} folder with the platform's packs
 * @param pluginsDir the folder of plugin jars
 * @param mongodbUri a MongoDB connection string; when set, the platform uses it instead of the
 *     embedded store
 * @param demoSeed whether to seed the demo school on first start; by default on the embedded store only
 */
@ConfigurationProperties("cn")
public record PlatformSettings(Path dataDir, Path contentDir, Path pluginsDir, String mongodbUri, Boolean demoSeed) {

    public PlatformSettings {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        contentDir = contentDir == null ? Path.of("content") : contentDir;
        pluginsDir = pluginsDir == null ? Path.of("target", "plugins") : pluginsDir;
        mongodbUri = mongodbUri == null || mongodbUri.isBlank() ? null : mongodbUri;
    }

    /** @return whether the platform runs on the embedded store */
    public boolean embedded() {
        return mongodbUri == null;
    }

    /** @return whether the demo school is seeded when the database has no school */
    public boolean seedDemo() {
        return demoSeed != null ? demoSeed : embedded();
    }
}
