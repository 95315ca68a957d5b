package be.classenumerique.core.content.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void onlyThePlatformsOwnImagesWithAnAltTextAreKept() {
        String html = renderer.toSafeHtml("![Un robot](/content-files/m/images/robot.svg) ![](/content-files/m/x.png) "
                + "![Piège](https://example.com/x.png) ![Script](javascript:alert(1))");

        assertThat(html).contains("<img src=\"/content-files/m/images/robot.svg\" alt=\"Un robot\">");
        assertThat(html)
                .doesNotContain("example.com")
                .doesNotContain("javascript")
                .doesNotContain("x.png");
    }

    @Test
    void rendersMarkdown() {
        assertThat(renderer.toSafeHtml("**Bravo** !\n\n- un\n- deux"))
                .contains("<strong>Bravo</strong>")
                .contains("<li>un</li>");
    }

    @Test
    void neutralisesScriptsHandlersAndJavascriptLinks() {
        String html = renderer.toSafeHtml(
                "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[clic](javascript:alert(1))");

        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("script, img")).isEmpty();
        assertThat(body.getAllElements())
                .allSatisfy(element -> assertThat(element.attributes().asList())
                        .noneMatch(attribute -> attribute.getKey().startsWith("on")
                                || attribute.getValue().contains("javascript:")));
        assertThat(body.text()).contains("<script>alert(1)</script>");
        assertThat(body.select("a"))
                .as("a link without its address is plain words")
                .isEmpty();
        assertThat(body.text()).contains("clic");
    }
}
