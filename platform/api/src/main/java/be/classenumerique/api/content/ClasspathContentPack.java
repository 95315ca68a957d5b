package be.classenumerique.api.content;

import java.io.InputStream;
import java.util.Optional;

/**
 * A {@link ContentPack} kept in a folder of the plugin's jar. Subclass it, annotate the subclass with
 * {@code @Extension}, and pass the folder to the constructor:
 *
 * <pre>{@code
 * @Extension
 * public class AwarenessPack extends ClasspathContentPack {
 *     public AwarenessPack() { super("content/awareness"); }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public abstract class ClasspathContentPack implements ContentPack {

    private final String root;

    /**
     * @param root the pack's folder inside the jar, without leading or trailing slash
     * @since 0.1.0
     */
    protected ClasspathContentPack(String root) {
        this.root = root;
    }

    @Override
    public String source() {
        return getClass().getName() + " (" + root + ")";
    }

    @Override
    public Optional<InputStream> open(String relativePath) {
        if (relativePath.contains("..") || relativePath.startsWith("/")) {
            return Optional.empty();
        }
        return Optional.ofNullable(getClass().getClassLoader().getResourceAsStream(root + "/" + relativePath));
    }
}
