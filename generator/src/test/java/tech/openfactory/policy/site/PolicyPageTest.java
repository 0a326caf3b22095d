package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.model.Policy;

/** The page built from the repository's policy, as a reader and a browser get it. */
class PolicyPageTest {
    @TempDir
    static Path dir;
    static Document page;
    static Policy policy;

    @BeforeAll
    static void build() throws Exception {
        SiteBuilder builder = SiteBuilder.builder().content(Project.content()).templates(Project.templates())
                .out(dir.resolve("site")).build();
        builder.render();
        policy = builder.check().living();
        page = Jsoup.parse(dir.resolve("site/privacy/index.html").toFile());
    }

    @Test
    void reproduces_every_sentence_of_the_published_policy() throws Exception {
        String text = SeedText.pageText(page);
        List<String> units = SeedText.units(SeedText.seed());
        List<String> missing = units.stream().filter(u -> !text.contains(u)).toList();
        assertEquals(List.of(), missing, "sentences of the published policy missing from the page");
        assertEquals(75, units.size(), "the seed's sentence count; a change means the seed copy changed");
    }

    @Test
    void reproduces_both_tables_cell_by_cell() {
        List<List<String>> rows = SeedText.tableRows(page);
        List<List<String>> missing = new ArrayList<>(SeedText.TABLE_ROWS);
        missing.removeAll(rows);
        assertEquals(List.of(), missing);
    }

    @Test
    void is_semantic_html_with_headings_in_order() {
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals(1, page.select("main").size());
        assertEquals(1, page.select("h1").size());
        int previous = 1;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = Integer.parseInt(heading.normalName().substring(1));
            assertTrue(level <= previous + 1, "heading skips a level: " + heading.outerHtml());
            previous = level;
        }
        for (Element th : page.select("th")) {
            assertTrue(Set.of("col", "row").contains(th.attr("scope")), "th without scope: " + th.outerHtml());
        }
    }

    @Test
    void marks_both_dates_up_as_machine_readable_times() {
        List<String> datetimes = page.select(".dates time").eachAttr("datetime");
        assertEquals(List.of(policy.effective().toString(), policy.lastUpdated().toString()), datetimes);
    }

    @Test
    void numbers_sections_and_lists_them_in_the_table_of_contents() {
        List<String> entries = page.select("nav#toc a").eachText();
        assertEquals(11, entries.size(), "the short version and ten numbered sections");
        assertEquals("1. " + policy.collection().title(), entries.get(1));
        assertEquals("10. " + policy.contact().title(), entries.get(10));
        for (Element link : page.select("nav#toc a")) {
            assertFalse(page.select("[id=" + link.attr("href").substring(1) + "]").isEmpty(),
                    "table of contents links to a missing anchor: " + link.attr("href"));
        }
    }

    @Test
    void numbers_sections_in_the_order_the_compliance_rules_cite_them() {
        List<String> numbered = page.select("section:has(> h2 > .section-number)").eachAttr("id");
        assertEquals(java.util.Arrays.stream(tech.openfactory.policy.model.Section.values())
                .map(tech.openfactory.policy.model.Section::anchor).toList(), numbered);
    }

    @Test
    void gives_every_heading_a_unique_anchor() {
        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            assertTrue(ids.add(element.id()), "duplicate id " + element.id());
        }
        for (Element heading : page.select("h2, h3")) {
            assertFalse(heading.id().isEmpty(), "heading without id: " + heading.outerHtml());
        }
    }

    @Test
    void loads_nothing_from_other_hosts_and_links_out_only_where_the_policy_does() {
        assertTrue(page.select("script, iframe, object, embed, img, link[rel~=(?i)preload|prefetch|preconnect]").isEmpty());
        // The only way out of the page is the policy's own contact details.
        Set<String> allowed = Set.of("mailto:" + policy.contact().email(), "https://" + policy.contact().website() + "/");
        for (Element element : page.getAllElements()) {
            for (String attribute : List.of("href", "src", "srcset", "action", "poster", "data")) {
                String url = element.attr(attribute).strip();
                boolean external = url.matches("(?i)^([a-z][a-z0-9+.-]*:|//).*");
                assertTrue(!external || allowed.contains(url), "external reference " + attribute + "=" + url);
            }
            assertFalse(element.attributes().asList().stream().anyMatch(a -> a.getKey().startsWith("on")),
                    "event handler attribute on " + element.normalName());
            assertFalse(element.hasAttr("style"), "inline style on " + element.normalName());
        }
        assertEquals(List.of("style.css"), page.select("link[rel=stylesheet]").eachAttr("href"));
    }

    @Test
    void publishes_the_stylesheet_beside_the_page_with_a_print_and_dark_mode() throws Exception {
        String css = Files.readString(dir.resolve("site/privacy/style.css"));
        assertTrue(css.contains("@media print"));
        assertTrue(css.contains("prefers-color-scheme: dark"));
        assertFalse(css.contains("@import") || css.contains("url("), "the stylesheet must load nothing");
    }
}
