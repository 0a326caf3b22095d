package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markup smuggled into prose shows as text or is removed; it never runs in a reader's browser. */
class ProseSafetyTest {

    private static Document buildWithIntro(Path dir, String intro) throws Exception {
        String policy = Project.policyWith("  intro: We keep the scope narrow and tie collection to a specific operational need.",
                "  intro: '" + intro.replace("'", "''") + "'");
        Path content = Project.contentWith(dir.resolve("content"), policy);
        Path out = dir.resolve("site");
        SiteBuilder.builder().content(content).templates(Project.templates()).out(out).build().render();
        return Jsoup.parse(out.resolve("privacy/index.html").toFile());
    }

    private static void assertNothingRuns(Document page) {
        assertTrue(page.select("script, iframe, object, embed, style, svg, img").isEmpty(), "active element in page");
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(a -> {
                assertTrue(!a.getKey().toLowerCase().startsWith("on"), "event handler " + a);
                assertTrue(!a.getValue().strip().toLowerCase().matches("^(javascript|data|vbscript):.*"), "unsafe URL " + a);
            });
        }
    }

    @Test
    void a_script_tag_in_prose_is_shown_as_text(@TempDir Path dir) throws Exception {
        Document page = buildWithIntro(dir, "We keep it narrow. <script>document.title='pwned'</script>");
        assertNothingRuns(page);
        assertEquals("We keep it narrow. <script>document.title='pwned'</script>",
                page.selectFirst("#collection > p").text());
    }

    @Test
    void javascript_and_data_links_lose_their_target(@TempDir Path dir) throws Exception {
        Document page = buildWithIntro(dir, "See [our notes](javascript:alert(1)), [this](data:text/html;base64,PHNjcmlwdD4=)"
                + " and <javascript:alert(2)>.");
        assertNothingRuns(page);
        List<String> hrefs = page.select("#collection > p a").eachAttr("href");
        assertTrue(hrefs.stream().allMatch(String::isEmpty), "unsafe hrefs kept: " + hrefs);
    }

    @Test
    void event_handlers_iframes_and_svg_scripts_do_not_survive(@TempDir Path dir) throws Exception {
        Document page = buildWithIntro(dir, "<img src=x onerror=alert(1)><iframe src=\"https://evil.example\"></iframe>"
                + "<svg><script>alert(1)</script></svg><!-- <script>alert(1)</script> -->");
        assertNothingRuns(page);
    }

    @Test
    void safe_markdown_links_and_emphasis_are_kept(@TempDir Path dir) throws Exception {
        Document page = buildWithIntro(dir, "We keep it **narrow**; see [the regulator](https://edpb.europa.eu/).");
        Element paragraph = page.selectFirst("#collection > p");
        assertEquals("narrow", paragraph.selectFirst("strong").text());
        assertEquals("https://edpb.europa.eu/", paragraph.selectFirst("a").attr("href"));
    }
}
