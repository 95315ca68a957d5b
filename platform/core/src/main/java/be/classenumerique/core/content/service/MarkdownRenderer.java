package be.classenumerique.core.content.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to put in a page: raw HTML in the source is escaped and the output is
 * cleaned against an allow-list (no scripts, no event handlers, no {@code javascript:} links). Images are
 * kept only when their address, decoded and normalised as a browser would read it, is a file the platform
 * serves from a pack, whatever Markdown syntax wrote them (inline, with a title, by reference).
 */
public final class MarkdownRenderer {

    /** The pack files the platform serves. */
    @FunctionalInterface
    public interface ServedFiles {
        /**
         * @param moduleId a module id
         * @param path a normalised path inside the module's pack
         * @return whether the platform serves that file
         */
        boolean exists(String moduleId, String path);
    }

    /**
     * An image of a page as Markdown wrote it.
     *
     * @param address its address, as written
     * @param alt its alt text
     */
    public record ImageRef(String address, String alt) {}

    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h2", "h3", "h4", "img")
            .addAttributes("img", "src", "alt")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");
    private static final Pattern SERVED =
            Pattern.compile(Pattern.quote(ContentLoader.FILE_ROUTE) + "([a-z0-9][a-z0-9._-]*)/([A-Za-z0-9._/-]+)");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().escapeHtml(true).build();
    private final ServedFiles served;

    public MarkdownRenderer(ServedFiles served) {
        this.served = served;
    }

    /**
     * @param markdown untrusted Markdown
     * @return sanitised HTML
     */
    public String toSafeHtml(String markdown) {
        String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        org.jsoup.nodes.Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, ALLOWED));
        // Only the pack images the platform serves itself, never another site's, a script's or one
        // reached by climbing out of the content folder.
        for (org.jsoup.nodes.Element image : clean.select("img")) {
            Optional<String> file = servedFile(image.attr("src"));
            if (file.isEmpty() || image.attr("alt").isBlank()) {
                image.remove();
            } else {
                image.attr("src", file.get());
            }
        }
        // A link whose address was removed (javascript:, data:…) is left as its plain words.
        clean.select("a:not([href])").unwrap();
        return clean.body().html();
    }

    /**
     * @param markdown Markdown
     * @return every image it shows, inline or by reference, in order
     */
    public List<ImageRef> images(String markdown) {
        List<ImageRef> images = new ArrayList<>();
        parser.parse(markdown == null ? "" : markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(new ImageRef(image.getDestination(), text(image)));
            }
        });
        return images;
    }

    /**
     * @param address an image address, possibly percent-encoded or with dot segments
     * @return the canonical address of the pack file it names, when the platform serves that file
     */
    public Optional<String> servedFile(String address) {
        return served(address, ContentLoader::isPackImage);
    }

    /**
     * @param address a recording's address, possibly percent-encoded or with dot segments
     * @return the canonical address of the pack recording it names, when the platform serves that file
     */
    public Optional<String> servedRecording(String address) {
        return served(address, ContentLoader::isPackAudio);
    }

    private Optional<String> served(String address, java.util.function.Predicate<String> kind) {
        URI uri;
        try {
            uri = new URI(address == null ? "" : address.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getScheme() != null
                || uri.getRawAuthority() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getPath() == null) {
            return Optional.empty();
        }
        // The decoded path, as the browser will ask for it: %2e%2e is "..", which no file of a pack has.
        Matcher file = SERVED.matcher(uri.getPath());
        if (!file.matches() || hasDotSegment(file.group(2)) || !kind.test(file.group(2))) {
            return Optional.empty();
        }
        return served.exists(file.group(1), file.group(2))
                ? Optional.of(ContentLoader.FILE_ROUTE + file.group(1) + "/" + file.group(2))
                : Optional.empty();
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }
        });
        return text.toString();
    }
}
