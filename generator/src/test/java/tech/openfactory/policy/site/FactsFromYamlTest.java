package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fact is written once in the YAML: changing it there changes every place the page shows it. */
class FactsFromYamlTest {

    private static Document build(Path dir, String from, String to) throws Exception {
        Path content = Project.contentWith(dir.resolve("content"), Project.policyWith(from, to));
        Path out = dir.resolve("site");
        SiteBuilder.builder().content(content).templates(Project.templates()).out(out).build().render();
        return Jsoup.parse(out.resolve("privacy/index.html").toFile());
    }

    @Test
    void a_retention_period_is_rendered_from_its_value(@TempDir Path dir) throws Exception {
        Document page = build(dir, "keptFor: { upTo: 90 days, after: build }", "keptFor: { upTo: 60 days, after: build }");
        assertEquals("Up to 60 days after build", page.selectFirst("#retention-iso-images td").text());
    }

    @Test
    void a_cookie_that_stops_being_required_reads_no(@TempDir Path dir) throws Exception {
        Document page = build(dir, "      required: true", "      required: false");
        assertEquals("No", page.selectFirst("#cookie-session td:last-child").text());
    }

    @Test
    void the_response_time_fills_its_placeholder_in_both_forms(@TempDir Path dir) throws Exception {
        Document page = build(dir, "  responseTime: 30 days", "  responseTime: 45 days");
        assertTrue(page.selectFirst("#rights").text().contains("well before the 45-day mark."));
    }

    @Test
    void the_minimum_age_fills_its_placeholder(@TempDir Path dir) throws Exception {
        Document page = build(dir, "    minimumAge: 16", "    minimumAge: 18");
        assertTrue(page.selectFirst("#children-and-changes").text().contains("not intended for children under 18,"));
    }

    @Test
    void the_controller_is_named_from_one_value_everywhere(@TempDir Path dir) throws Exception {
        Document page = build(dir, "controller: OpenFactory Inc.", "controller: OpenFactory GmbH");
        assertFalse(page.outerHtml().contains("OpenFactory Inc."));
        assertTrue(page.title().contains("OpenFactory GmbH"));
        assertTrue(page.selectFirst(".intro").text().contains("what OpenFactory GmbH collects"));
        assertEquals("OpenFactory GmbH", page.selectFirst("address p").text());
    }

    @Test
    void the_contact_email_is_a_link_wherever_prose_names_it(@TempDir Path dir) throws Exception {
        Document page = build(dir, "  email: privacy@openfactory.tech", "  email: dpo@openfactory.tech");
        assertEquals("mailto:dpo@openfactory.tech", page.selectFirst("#rights p a").attr("href"));
        assertFalse(page.outerHtml().contains("privacy@openfactory.tech"));
    }
}
