package be.classenumerique.core.content.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    /** The files the platform serves in these tests: a robot and a cat of module m. */
    private final MarkdownRenderer renderer = new MarkdownRenderer(
            (moduleId, path) -> moduleId.equals("m") && (path.equals("images/robot.svg") || path.equals("chat.png")));

    @Test
    void onlyThePlatformsOwnImagesWithAnAltTextAreKept() {
        String html = renderer.toSafeHtml(
                "![Un robot](/content-files/m/images/robot.svg) ![](/content-files/m/chat.png) "
                        + "![Piège](https://example.com/x.png) ![Script](javascript:alert(1)) ![Absent](/content-files/m/x.png)");

        assertThat(html).contains("<img src=\"/content-files/m/images/robot.svg\" alt=\"Un robot\">");
        assertThat(html)
                .doesNotContain("example.com")
                .doesNotContain("javascript")
                .doesNotContain("chat.png")
                .doesNotContain("x.png");
    }

    @Test
    void anImageAddressThatClimbsOutOfThePackOrIsDisguisedIsDroppedInEveryMarkdownSyntax() {
        List<String> addresses = List.of(
                "/content-files/%2e%2e/carte/TOKEN",
                "/content-files/%2E%2E/carte/TOKEN",
                "/content-files/m/%2e%2e/%2e%2e/carte/TOKEN.png",
                "/content-files/m/images/..%2f..%2fcarte.svg",
                "/content-files/m/images/%2e/robot.svg",
                "/content-files/m//images/robot.svg",
                "/content-files/m/images\\robot.svg",
                "//example.com/content-files/m/images/robot.svg",
                "/content-files/m/images/robot.svg?x=1",
                "/carte/TOKEN");
        for (String address : addresses) {
            for (String markdown : List.of(
                    "![robot](" + address + ")",
                    "![robot](" + address + " \"un titre\")",
                    "![robot](<" + address + ">)",
                    "![robot][ref]\n\n[ref]: " + address,
                    "![robot][ref]\n\n[ref]: " + address + " 'titre'",
                    "![robot]\n\n[robot]: " + address)) {
                assertThat(Jsoup.parseBodyFragment(renderer.toSafeHtml(markdown))
                                .select("img"))
                        .as(markdown)
                        .isEmpty();
                assertThat(renderer.images(markdown))
                        .as(markdown)
                        .singleElement()
                        .satisfies(image ->
                                assertThat(renderer.servedFile(image.address())).isEmpty());
            }
        }
    }

    @Test
    void aServedImageIsKeptInEveryMarkdownSyntaxUnderItsPlainAddress() {
        for (String markdown : List.of(
                "![Un robot](/content-files/m/images/robot.svg \"titre\")",
                "![Un robot][r]\n\n[r]: /content-files/m/images/robot.svg",
                "![Un robot](/content-files/m/images/%72obot.svg)")) {
            assertThat(Jsoup.parseBodyFragment(renderer.toSafeHtml(markdown))
                            .select("img")
                            .attr("src"))
                    .as(markdown)
                    .isEqualTo("/content-files/m/images/robot.svg");
            assertThat(renderer.images(markdown)).singleElement().satisfies(image -> {
                assertThat(image.alt()).isEqualTo("Un robot");
                assertThat(renderer.servedFile(image.address())).contains("/content-files/m/images/robot.svg");
            });
        }
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
