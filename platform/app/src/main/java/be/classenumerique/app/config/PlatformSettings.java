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
 * @param publicUrl the address people reach the platform at, e.g. {@code https://classe.ecole.be}; links
 *     in mails and on paper are built from it; required unless the demo listens on loopback only
 * @param demoOpen whether the demo, whose passwords are published, may listen on other interfaces than
 *     loopback
 */
@ConfigurationProperties("cn")
public record PlatformSettings(
        Path dataDir,
        Path contentDir,
        Path pluginsDir,
        String mongodbUri,
        Boolean demoSeed,
        String publicUrl,
        boolean demoOpen) {

    public PlatformSettings {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        contentDir = contentDir == null ? Path.of("content") : contentDir;
        pluginsDir = pluginsDir == null ? Path.of("target", "plugins") : pluginsDir;
        mongodbUri = mongodbUri == null || mongodbUri.isBlank() ? null : mongodbUri;
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip();
    }

    /** @return whether the platform runs on the embedded store */
    public boolean embedded() {
        return mongodbUri == null;
    }

    /** @return whether the demo school is seeded when the database has no school */
    public boolean seedDemo() {
        return demoSeed != null ? demoSeed : embedded();
    }

    /**
     * @return whether the platform listens on this machine's loopback interface only: in the demo, whose
     *     accounts' passwords and second-factor key are published, unless explicitly opened
     */
    public boolean loopbackOnly() {
        return seedDemo() && !demoOpen;
    }
}
