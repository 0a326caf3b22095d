package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tech.openfactory.policy.model.Checksum;

/**
 * The example history (five versions: initial, editorial, material, editorial with a reason, material upcoming)
 * built for December 1, 2025, when the fourth version is in force and the fifth is announced.
 */
class HistorySiteTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = dir.resolve("site");
        SiteBuilder.builder().content(Project.exampleContent()).templates(Project.templates()).out(site).asOf(AS_OF)
                .build().render();
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve("privacy").resolve(path).toFile());
    }

    private static List<String> facts(Document changelog) {
        return changelog.select("#facts li").eachText();
    }

    @Test
    void publishes_every_kind_of_page_at_its_stable_address() throws Exception {
        Set<String> expected = new TreeSet<>(List.of("privacy/index.html", "privacy/style.css", "privacy/feed.xml",
                "privacy/versions/index.html"));
        for (String v : List.of("2025-01-15", "2025-03-03", "2025-06-02", "2025-09-01", "2025-11-03")) {
            expected.add("privacy/" + v + "/index.html");
            expected.add("privacy/" + v + "/policy.json");
            expected.add("privacy/" + v + "/policy.pdf");
            if (!v.equals("2025-01-15")) {
                expected.add("privacy/changes/" + v + "/index.html");
            }
        }
        // In each language a version was released with, its page and PDF; the page in force, the list of versions
        // and the feed in the languages of the version in force (the changelogs stay English).
        var history = new tech.openfactory.policy.model.HistoryLoader(tech.openfactory.policy.model.PolicyLoader
                .builder().build()).load(Project.exampleContent().resolve("privacy"));
        for (var version : history.versions()) {
            for (var translation : version.translations()) {
                expected.add("privacy/" + version.id() + "/" + translation.tag() + "/index.html");
                // No PDF in a script the embedded fonts cannot print (Arabic): see PdfRenderer.prints.
                if (!translation.rightToLeft()) {
                    expected.add("privacy/" + version.id() + "/" + translation.tag() + "/policy.pdf");
                }
                if (version == history.inForce(AS_OF).orElseThrow()) {
                    for (String file : List.of("index.html", "feed.xml", "versions/index.html")) {
                        expected.add("privacy/" + translation.tag() + "/" + file);
                    }
                }
            }
        }
        assertEquals(expected, Project.tree(site).keySet());
    }

    @Test
    void every_internal_link_and_anchor_resolves() throws Exception {
        assertEquals(List.of(), LinkChecker.broken(site));
    }

    @Test
    void the_current_page_shows_the_version_in_force_and_announces_the_upcoming_one() throws Exception {
        Document index = page("index.html");
        assertEquals(List.of("2025-07-02", "2025-09-01"), index.select(".dates time").eachAttr("datetime"));
        Element notice = index.selectFirst("aside.notice");
        assertEquals("An updated policy takes effect on January 5, 2026. Until then, this version applies. Read the"
                + " updated policy · See what changes", notice.text());
        assertEquals(List.of("2025-11-03/", "changes/2025-11-03/"), notice.select("a").eachAttr("href"));
    }

    @Test
    void each_version_page_says_where_it_stands() throws Exception {
        assertTrue(page("2025-11-03/index.html").selectFirst(".notice").text()
                .startsWith("This version takes effect on January 5, 2026. Until then, the version last updated on"
                        + " September 1, 2025 applies."));
        assertTrue(page("2025-09-01/index.html").selectFirst(".notice").text().startsWith("This is the version in force."));
        assertTrue(page("2025-01-15/index.html").selectFirst(".notice").text()
                .startsWith("This version has been replaced. Read the current policy, last updated on September 1, 2025"));
    }

    @Test
    void the_material_changelog_lists_each_planted_fact() throws Exception {
        Document changes = page("changes/2025-06-02/index.html");
        assertEquals(List.of(
                "Effective date: January 15, 2025 → July 2, 2025",
                "New element of Account information: phone number material",
                "New purpose: Bill your organization material",
                "New recipient: Payment processors material",
                "Retention of security logs: Typically 90 days → Typically 180 days material",
                "New cookie: Preferences cookie material"), facts(changes));
        assertEquals(List.of("Privacy Policy", "What we collect", "How we use information", "When we share data",
                "Retention", "Cookies and analytics"), changes.select("#facts h3").eachText());
        assertTrue(changes.selectFirst(".facts-of-release").text().contains("Material"));
    }

    @Test
    void the_upcoming_changelog_lists_withdrawn_promises_and_a_cookie_that_became_required() throws Exception {
        assertEquals(List.of(
                "Effective date: July 2, 2025 → January 5, 2026",
                "Commitment removed: We do not profile you for advertising or ad targeting. material",
                "Right removed: Objection material",
                "Response time to privacy requests: 30 days → 45 days material",
                "Preferences cookie required: No → Yes material"), facts(page("changes/2025-11-03/index.html")));
    }

    @Test
    void an_editorial_release_of_a_material_change_shows_its_reason() throws Exception {
        Document changes = page("changes/2025-09-01/index.html");
        assertEquals(List.of(
                "New element of Organization and integration data: team names material",
                "Retention of ISO images: Up to 90 days after build → Up to 60 days after build",
                "Cookie removed: Analytics cookies"), facts(changes));
        assertTrue(changes.selectFirst(".facts-of-release").text().contains("Why editorial The facts changed in a way"
                + " that is normally material; it was published as editorial because: Team names were always stored"
                + " as part of organization membership; the list now says so."));
    }

    @Test
    void an_editorial_changelog_redlines_the_words_and_lists_no_fact() throws Exception {
        Document changes = page("changes/2025-03-03/index.html");
        assertEquals(List.of(), facts(changes));
        assertEquals("No fact changed: this version changes wording only.", changes.selectFirst("#facts p").text());
        Element summary = changes.select("#wording .redline").first();
        assertEquals("added: only", summary.selectFirst("ins").text().strip());
        assertEquals(List.of("The short version", "Retention"), changes.select("#wording h3").eachText());
        assertEquals("removed: Conversations added: AI conversations", changes.select("#wording .redline").get(1).text());
    }

    @Test
    void the_versions_list_names_every_version_newest_first_with_its_kind() throws Exception {
        Document versions = page("versions/index.html");
        assertEquals(List.of("version-2025-11-03", "version-2025-09-01", "version-2025-06-02", "version-2025-03-03",
                "version-2025-01-15"), versions.select("tbody tr").eachAttr("id"));
        assertEquals(List.of("Material", "Editorial", "Material", "Editorial", "Initial"),
                versions.select("td[data-label=Kind]").eachText());
        assertEquals("November 3, 2025 upcoming", versions.selectFirst("#version-2025-11-03 th").text());
        assertEquals("September 1, 2025 in force", versions.selectFirst("#version-2025-09-01 th").text());
    }

    @Test
    void the_feed_is_atom_with_one_entry_per_version_material_ones_marked() throws Exception {
        byte[] feed = Files.readAllBytes(site.resolve("privacy/feed.xml"));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
        var entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(5, entries.getLength());
        var categories = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "category");
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < categories.getLength(); i++) {
            terms.add(((org.w3c.dom.Element) categories.item(i)).getAttribute("term"));
        }
        assertEquals(List.of("material", "editorial", "material", "editorial", "initial"), terms);
        assertTrue(new String(feed, java.nio.charset.StandardCharsets.UTF_8)
                .contains("<id>https://openfactory.tech/privacy/2025-11-03/</id>"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void policy_json_carries_the_model_and_the_checksum_of_the_published_file() throws Exception {
        Map<String, Object> json = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(site.resolve("privacy/2025-06-02/policy.json")));
        byte[] published = Files.readAllBytes(Project.exampleContent().resolve("privacy/versions/2025-06-02.yaml"));
        assertEquals(Checksum.sha256(published), json.get("sha256"));
        assertTrue(Files.readString(Project.exampleContent().resolve("privacy/versions/versions.lock"))
                .contains("sha256: " + json.get("sha256")));
        Map<String, Object> policy = (Map<String, Object>) json.get("policy");
        assertEquals("2025-07-02", policy.get("effective"));
        List<Map<String, Object>> rules = (List<Map<String, Object>>) ((Map<String, Object>) policy.get("retention")).get("rules");
        assertEquals(Map.of("typically", "180 days"), rules.get(4).get("keptFor"));
    }

    @Test
    void two_builds_of_the_history_are_byte_identical() throws Exception {
        Path again = dir.resolve("again");
        SiteBuilder.builder().content(Project.exampleContent()).templates(Project.templates()).out(again).asOf(AS_OF)
                .build().render();
        Map<String, byte[]> first = Project.tree(site);
        Map<String, byte[]> second = Project.tree(again);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((file, bytes) -> assertArrayEquals(bytes, second.get(file), file));
    }

    @Test
    void redlines_escape_markup_in_the_prose() {
        String html = Redline.html("Keep <b>this</b>.", "Keep <script>x</script>.");
        assertEquals("Keep <del><span class=\"visually-hidden\">removed: </span>&lt;b&gt;this&lt;/b&gt;.</del> "
                + "<ins><span class=\"visually-hidden\">added: </span>&lt;script&gt;x&lt;/script&gt;.</ins>", html);
        assertFalse(html.contains("<script>"));
    }
}
