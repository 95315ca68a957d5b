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
            .addTags("h2", "h3", "h4")
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
        return Jsoup.clean(html, ALLOWED);
    }
}
