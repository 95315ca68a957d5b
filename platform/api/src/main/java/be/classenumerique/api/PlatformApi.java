package be.classenumerique.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts about this version of the plugin API.
 *
 * @since 0.1.0
 */
public final class PlatformApi {

    private PlatformApi() {}

    /**
     * The API version a plugin's {@code Plugin-Requires} range is checked against, e.g. {@code 0.1.0}.
     *
     * @return a semantic version
     * @since 0.1.0
     */
    public static String version() {
        try (InputStream in = PlatformApi.class.getResourceAsStream("api-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("api-version.properties is missing from platform-api");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
