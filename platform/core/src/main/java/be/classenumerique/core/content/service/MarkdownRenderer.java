package be.classenumerique.core.content.service;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to put in a page: raw HTML in the source is escaped and the output is
 * cleaned against an allow-list (no scripts, no event handlers, no {@code javascript:} links).
 */
public final class MarkdownRenderer {

    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h2", "h3", "h4", "img")
            .addAttributes("img", "src", "alt")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().escapeHtml(true).build();

    /**
     * @param markdown untrusted Markdown
     * @return sanitised HTML
     */
    public String toSafeHtml(String markdown) {
        String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        org.jsoup.nodes.Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, ALLOWED));
        // Only the pack images the platform serves itself, never another site's or a script's address.
        clean.select("img").stream()
                .filter(image -> !image.attr("src").startsWith(ContentLoader.FILE_ROUTE)
                        || image.attr("src").contains("..")
                        || image.attr("alt").isBlank())
                .forEach(org.jsoup.nodes.Element::remove);
        // A link whose address was removed (javascript:, data:…) is left as its plain words.
        clean.select("a:not([href])").unwrap();
        return clean.body().html();
    }
}
