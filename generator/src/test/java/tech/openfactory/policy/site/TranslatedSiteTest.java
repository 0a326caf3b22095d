package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nu.validator.client.EmbeddedValidator;
import org.apache.commons.io.file.PathUtils;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.translation.StalePolicy;

/**
 * The translated site: two versions of the real policy released with a German translation (complete for the first,
 * its summary stale for the second) and an Arabic one (the summary only), built as of a day the second is in force.
 */
class TranslatedSiteTest {
    static final String BASE = LinkChecker.BASE;
    static final String ENGLISH_PREVAILS = "Verbindlich ist allein der englische Text";

    @TempDir
    static Path dir;
    static Path content;
    static Path site;
    static Map<String, String> files;

    @BeforeAll
    static void build() throws Exception {
        content = TranslatedSite.history(dir.resolve("history"));
        site = dir.resolve("site");
        SiteBuilder.builder().content(content).templates(Project.templates()).out(site).asOf(TranslatedSite.AS_OF)
                .build().render();
        files = Project.treeText(site);
    }

    static Document page(String path) {
        String html = files.get(path);
        assertNotNull(html, path + " was not built; built: " + files.keySet());
        return Jsoup.parse(html, BASE + path.substring("privacy/".length()).replaceFirst("index\\.html$", ""));
    }

    @Test
    void a_language_the_pdf_fonts_cannot_print_gets_no_pdf_and_no_link_to_one() throws Exception {
        assertTrue(PdfRenderer.prints("Datenschutzerklärung — Straße, 8. April 2026"));
        assertFalse(PdfRenderer.prints("سياسة الخصوصية"));
        Document arabic = page("privacy/" + TranslatedSite.SECOND + "/ar/index.html");
        assertTrue(arabic.select("a[href$=policy.pdf]").isEmpty(), arabic.select(".version-links").outerHtml());
        Document german = page("privacy/" + TranslatedSite.SECOND + "/de/index.html");
        assertEquals(1, german.select(".version-links a[href$=policy.pdf]").size());
    }

    @Test
    void every_language_has_the_page_in_force_each_version_its_pdf_and_the_list_and_feed() {
        Set<String> expected = new TreeSet<>();
        for (String lang : List.of("de", "ar")) {
            expected.addAll(List.of("privacy/" + lang + "/index.html", "privacy/" + lang + "/feed.xml",
                    "privacy/" + lang + "/versions/index.html"));
            for (String version : List.of(TranslatedSite.FIRST, TranslatedSite.SECOND)) {
                expected.add("privacy/" + version + "/" + lang + "/index.html");
                if (lang.equals("de")) {
                    // Arabic has no PDF: the embedded fonts have no Arabic letters (PdfRenderer.prints).
                    expected.add("privacy/" + version + "/" + lang + "/policy.pdf");
                }
            }
        }
        Set<String> translated = files.keySet().stream().filter(f -> f.matches("privacy/(.+/)?(de|ar)/.*"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, translated, "changelogs and policy.json stay English, as they compare and hold English");
    }

    @Test
    void the_html_element_carries_the_language_and_arabic_its_direction() {
        for (String path : List.of("privacy/index.html", "privacy/de/index.html", "privacy/ar/index.html",
                "privacy/" + TranslatedSite.FIRST + "/ar/index.html", "privacy/ar/versions/index.html",
                "privacy/changes/" + TranslatedSite.SECOND + "/index.html")) {
            Element html = page(path).selectFirst("html");
            String lang = path.contains("/ar/") ? "ar" : path.contains("/de/") ? "de" : "en";
            assertEquals(lang, html.attr("lang"), path);
            assertEquals(lang.equals("ar") ? "rtl" : "", html.attr("dir"), path);
        }
    }

    @Test
    void a_translated_page_names_the_english_version_it_matches_and_that_the_english_prevails() {
        // The first version's German matches it exactly.
        Element notice = page("privacy/" + TranslatedSite.FIRST + "/de/index.html").selectFirst("aside.translation-notice");
        assertTrue(notice.text().startsWith("Dies ist eine Übersetzung der englischen Fassung vom 8. April 2026."),
                notice.text());
        assertTrue(notice.text().contains(ENGLISH_PREVAILS), notice.text());
        Element link = notice.selectFirst("a");
        assertEquals("../../" + TranslatedSite.FIRST + "/", link.attr("href"));
        assertEquals("en", link.attr("hreflang"));
        assertEquals(TranslatedSite.FIRST, link.selectFirst("time").attr("datetime"));
        assertEquals(1, notice.select("p").size(), "no passage is in English, so no word about them");

        // The page in force is the second version, whose summary changed since it was translated: its German
        // matches the first version's English, and the notice says that some passages are in English.
        Element current = page("privacy/de/index.html").selectFirst("aside.translation-notice");
        assertTrue(current.text().contains("der englischen Fassung vom 8. April 2026"), current.text());
        assertEquals("../" + TranslatedSite.FIRST + "/", current.selectFirst("a").attr("href"));
        assertTrue(current.text().contains("stehen auf Englisch und sind mit „(auf Englisch)“ gekennzeichnet"),
                current.text());

        Element arabic = page("privacy/ar/index.html").selectFirst("aside.translation-notice");
        assertTrue(arabic.text().contains("يسود النص الإنجليزي"), arabic.text());
        assertNull(page("privacy/index.html").selectFirst("aside.translation-notice"), "English pages have none");
    }

    @Test
    void every_page_lists_all_its_languages_with_hreflang_and_the_links_resolve() throws Exception {
        Map<String, Set<String>> groups = new TreeMap<>();
        for (String path : files.keySet()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            Document doc = page(path);
            Map<String, String> alternates = new TreeMap<>();
            doc.select("link[rel=alternate][hreflang]").forEach(l -> alternates.put(l.attr("hreflang"), l.attr("href")));
            if (path.startsWith("privacy/changes/")) {
                assertEquals(Map.of(), alternates, path + ": a changelog is in English only");
                continue;
            }
            assertEquals(Set.of("en", "de", "ar", "x-default"), alternates.keySet(), path);
            assertEquals(alternates.get("en"), alternates.get("x-default"), path + ": x-default is the English page");
            String self = BASE + path.substring("privacy/".length()).replaceFirst("index\\.html$", "");
            assertEquals(self, alternates.get(doc.selectFirst("html").attr("lang")), path + ": lists itself");
            Set<String> group = new TreeSet<>(alternates.values());
            // Each page of a group lists the same pages: the links go both ways.
            groups.merge(alternates.get("en"), group, (a, b) -> {
                assertEquals(a, b, path);
                return a;
            });
        }
        assertEquals(Set.of(BASE, BASE + TranslatedSite.FIRST + "/", BASE + TranslatedSite.SECOND + "/",
                BASE + "versions/"), groups.keySet());
        assertEquals(List.of(), LinkChecker.broken(site), "every link, the absolute hreflang ones too, resolves");
    }

    @Test
    void the_language_switch_is_plain_links_with_the_current_language_marked() {
        for (String path : List.of("privacy/index.html", "privacy/de/index.html",
                "privacy/" + TranslatedSite.FIRST + "/ar/index.html", "privacy/de/versions/index.html")) {
            Document doc = page(path);
            assertTrue(doc.select("script").isEmpty(), path + ": no script");
            Element nav = doc.selectFirst("nav.language-switch");
            assertNotNull(nav, path);
            assertFalse(nav.attr("aria-label").isEmpty(), path);
            List<String> names = nav.select("a").eachText();
            assertEquals(List.of("English", "العربية", "Deutsch"), names, path);
            String lang = doc.selectFirst("html").attr("lang");
            List<Element> marked = nav.select("a[aria-current]");
            assertEquals(1, marked.size(), path);
            assertEquals("page", marked.get(0).attr("aria-current"));
            assertEquals(lang, marked.get(0).attr("hreflang"), path);
            assertEquals(doc.location().replaceFirst("index\\.html$", ""), marked.get(0).absUrl("href"), path);
            for (Element a : nav.select("a")) {
                assertEquals(a.attr("hreflang"), a.attr("lang"), path + ": each name is marked in its language");
                assertEquals(a.attr("hreflang").equals("ar") ? "rtl" : "ltr", a.attr("dir"), path);
            }
        }
        assertNull(page("privacy/changes/" + TranslatedSite.SECOND + "/index.html").selectFirst("nav.language-switch"));
    }

    @Test
    void words_of_the_page_and_facts_come_from_the_german_messages() {
        Document doc = page("privacy/" + TranslatedSite.FIRST + "/de/index.html");
        assertEquals("Gültig ab: 10. März 2026 · Zuletzt aktualisiert: 8. April 2026", doc.selectFirst(".dates").text());
        assertEquals(List.of("Daten", "Aufbewahrt", "Nach der Löschung"),
                doc.select("#retention thead th").eachText());
        assertEquals(List.of("[de] ISO images", "Bis zu 90 Tage nach dem Build", "Automatisch gelöscht"),
                doc.select("#retention-iso-images > *").eachText());
        assertEquals(List.of("Solange das Konto besteht", "Spätestens 30 Tage danach gelöscht"),
                doc.select("#retention-account-information > td").eachText());
        assertEquals("Bis zu 7 Jahre, wenn gesetzlich vorgeschrieben",
                doc.selectFirst("#retention-regulated-audit-logs > td").text());
        assertEquals("Aufbewahrt, soweit Gesetz oder Vertrag es verlangt",
                doc.select("#retention-regulated-audit-logs > td").get(1).text());
        assertEquals(List.of("Cookie oder Signal", "Zweck", "Erforderlich"), doc.select("#cookies thead th").eachText());
        assertEquals(List.of("Ja", "Nein"), doc.select("#cookies tbody td:last-child").eachText());
        assertEquals("Zweck", doc.selectFirst("#cookies tbody td").attr("data-label"));
        assertEquals(List.of("E-Mail: privacy@openfactory.tech", "Website: openfactory.tech"),
                doc.select("address p").eachText().subList(1, 3));
        assertEquals("Anfragen zum Datenschutz beantworten wir über privacy@openfactory.tech und erledigen sie in"
                + " der Regel deutlich vor Ablauf der 30-Tage-Frist.", doc.selectFirst("#rights > p").text());
        assertEquals("OpenFactory richtet sich nicht an Kinder unter 16 Jahren.", doc.selectFirst("#children + p").text());
        assertEquals("Datenschutzerklärung · OpenFactory Inc.", doc.title());
        assertEquals("Datenschutzerklärung von OpenFactory Inc., gültig ab 10. März 2026.",
                doc.selectFirst("meta[name=description]").attr("content"));
        assertEquals("5. Speicherdauer", doc.select("nav#toc a").get(5).text(),
                "the contents use the translated titles");
        assertTrue(doc.select("main [lang=en]").isEmpty(), "a complete, current translation shows no English");
    }

    @Test
    void a_stale_unit_is_shown_in_english_marked_lang_en_with_a_note() {
        Document doc = page("privacy/de/index.html");
        Element summary = doc.selectFirst("#summary");
        assertEquals("Das Wichtigste in Kürze", summary.selectFirst("h2").text(), "current units stay German");
        Element english = summary.selectFirst(".in-english");
        assertNotNull(english, summary.outerHtml());
        assertEquals("Der englische Text wurde geändert, die Übersetzung wird aktualisiert; der englische Text:",
                english.selectFirst("p.in-english-note").text());
        Element text = english.selectFirst("div[lang=en]");
        assertTrue(text.text().startsWith(TranslatedSite.REWORDED_SUMMARY), text.text());
        assertEquals(1, doc.select("main [lang=en]").size(), "only the stale unit is in English");
        // Arabic: one unit translated, the rest in English, each marked; on a right-to-left page also dir="ltr".
        Document arabic = page("privacy/" + TranslatedSite.FIRST + "/ar/index.html");
        assertEquals(TranslatedSite.ARABIC_SUMMARY, arabic.selectFirst("#summary > p").text());
        assertEquals("Privacy Policy", arabic.selectFirst("h1 > span[lang=en][dir=ltr]").text());
        assertEquals("(بالإنجليزية)", arabic.selectFirst("h1 > small.in-english-note").text());
        for (Element marked : arabic.select("main [lang=en]")) {
            assertEquals("ltr", marked.attr("dir"), marked.outerHtml());
        }
        assertTrue(arabic.select("main [lang=en]").size() > 40, "every untranslated unit is marked");
        // The contents list keeps a title shown in English marked, without the note.
        Element toc = arabic.selectFirst("nav#toc a[href=#collection]");
        assertEquals("1. What we collect", toc.text());
        assertEquals("en", toc.selectFirst("span[lang]").attr("lang"));
    }

    @Test
    void a_fact_changed_in_english_changes_the_german_page_without_touching_the_german_file() throws Exception {
        Path living = TranslatedSite.living(dir.resolve("living"), Project.policyText());
        Path german = living.resolve("privacy/translations/de.yaml");
        byte[] translation = Files.readAllBytes(german);
        Path out = dir.resolve("living-site");
        SiteBuilder builder = SiteBuilder.builder().content(living).templates(Project.templates()).out(out).build();
        builder.render();
        String before = Files.readString(out.resolve("privacy/de/index.html"));
        assertTrue(before.contains("vor Ablauf der 30-Tage-Frist."), "the German page words the English fact");

        Path policy = living.resolve(SiteBuilder.POLICY_FILE);
        Files.writeString(policy, TranslatedSite.replaceOnce(Files.readString(policy), "responseTime: 30 days",
                "responseTime: 45 days"));
        Files.writeString(policy, TranslatedSite.replaceOnce(Files.readString(policy),
                "afterDeletion: { removedWithin: 30 days }\n    - id: builds-and-recipes",
                "afterDeletion: { removedWithin: 14 days }\n    - id: builds-and-recipes"));
        builder.render();
        Document after = Jsoup.parse(Files.readString(out.resolve("privacy/de/index.html")));
        assertEquals("Anfragen zum Datenschutz beantworten wir über privacy@openfactory.tech und erledigen sie in"
                + " der Regel deutlich vor Ablauf der 45-Tage-Frist.", after.selectFirst("#rights > p").text());
        assertEquals("Spätestens 14 Tage danach gelöscht",
                after.select("#retention-account-information > td").get(1).text());
        assertTrue(after.select("main [lang=en]").isEmpty(), "no unit became stale: a fact is no translated text");
        assertArrayEquals(translation, Files.readAllBytes(german), "the German file is untouched");
        // Nothing is published yet: the living policy is the page, and its translation says so.
        assertEquals("../", after.selectFirst("aside.translation-notice a").attr("href"));
    }

    @Test
    void refuse_fails_the_build_at_the_stale_unit_and_writes_nothing() {
        Path out = dir.resolve("refused");
        SiteBuilder builder = SiteBuilder.builder().content(content).templates(Project.templates()).out(out)
                .asOf(TranslatedSite.AS_OF).stale(StalePolicy.REFUSE).build();
        PolicyException e = assertThrows(PolicyException.class, builder::render);
        // The summary is stale in both languages of the second version; each is named at its line.
        assertEquals(2, e.problems().size(), e.getMessage());
        for (int i = 0; i < 2; i++) {
            String lang = List.of("ar", "de").get(i);
            String frozen = content.resolve("privacy/versions/" + TranslatedSite.SECOND + "/" + lang + ".yaml").toString();
            String problem = e.problems().get(i).toString();
            assertTrue(problem.matches(java.util.regex.Pattern.quote(frozen) + ":\\d+:3: .*"), problem);
            assertTrue(problem.contains(lang + ": unit 'summary.text' is stale"), problem);
        }
        assertFalse(Files.exists(out), "a refused build writes nothing");
    }

    @Test
    void the_translated_pdf_holds_the_german_text() throws Exception {
        byte[] bytes = Files.readAllBytes(site.resolve("privacy/" + TranslatedSite.FIRST + "/de/policy.pdf"));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals("Datenschutzerklärung von OpenFactory Inc., " + TranslatedSite.FIRST,
                    pdf.getDocumentInformation().getTitle());
            PDFTextStripper stripper = new PDFTextStripper();
            String drawn = stripper.getText(pdf).replaceAll("\\s+", " ");
            // Reading order puts a line's inline runs together; drawing order keeps a cell's lines together.
            stripper.setSortByPosition(true);
            String text = drawn + " | " + stripper.getText(pdf).replaceAll("\\s+", " ");
            for (String german : List.of("Datenschutzerklärung", TranslatedSite.GERMAN.get("summary.text"),
                    "Solange das Konto besteht", "Bis zu 90 Tage nach dem Build", "vor Ablauf der 30-Tage-Frist",
                    ENGLISH_PREVAILS)) {
                assertTrue(text.contains(german), "missing from the German PDF: " + german);
            }
        }
    }

    @Test
    void each_language_has_its_atom_feed() throws Exception {
        org.jsoup.nodes.Document feed = Jsoup.parse(files.get("privacy/de/feed.xml"), "", Parser.xmlParser());
        Element root = feed.selectFirst("feed");
        assertEquals("de", root.attr("xml:lang"));
        assertEquals(BASE + "de/feed.xml", feed.selectFirst("feed > link[rel=self]").attr("href"));
        assertEquals(BASE + "de/", feed.selectFirst("feed > link[rel=alternate]").attr("href"));
        assertEquals("Datenschutzerklärung · OpenFactory Inc.", feed.selectFirst("feed > title").text());
        List<String> titles = feed.select("entry > title").eachText();
        assertEquals(List.of("Redaktionelle Änderung: Datenschutzerklärung vom 4. Mai 2026",
                "Datenschutzerklärung vom 8. April 2026"), titles);
        assertEquals(List.of(BASE + TranslatedSite.SECOND + "/de/", BASE + TranslatedSite.FIRST + "/de/"),
                feed.select("entry > link").eachAttr("href"));
        assertEquals(List.of("de", "de"), feed.select("entry > link").eachAttr("hreflang"));
        assertTrue(feed.selectFirst("entry > summary").text().startsWith("Gültig ab 10. März 2026."));
        // The English feed is as it always was.
        org.jsoup.nodes.Document english = Jsoup.parse(files.get("privacy/feed.xml"), "", Parser.xmlParser());
        assertEquals("", english.selectFirst("feed").attr("xml:lang"));
        assertEquals(List.of("Editorial change: Privacy Policy of May 4, 2026", "Privacy Policy of April 8, 2026"),
                english.select("entry > title").eachText());
    }

    @Test
    void the_translated_list_of_versions_links_the_translated_pages() {
        Document doc = page("privacy/de/versions/index.html");
        assertEquals(List.of(TranslatedSite.SECOND + "/de/", TranslatedSite.FIRST + "/de/"),
                doc.select("tbody th a").eachAttr("href").stream().map(h -> h.replace("../../", "")).toList());
        assertEquals(List.of("Redaktionell", "Erstfassung"), doc.select("tbody td[data-label=Art]").eachText());
        assertEquals("en", doc.selectFirst("tbody td[data-label^=Zusammenfassung]").attr("lang"),
                "a release summary is English");
        assertEquals("en", doc.selectFirst("tbody a[href*=changes]").attr("hreflang"), "the changelog is English");
    }

    @Test
    void every_translated_page_passes_the_nu_html_checker() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (String file : files.keySet()) {
            if (file.endsWith(".html")) {
                pages++;
                for (String line : validator.validate(site.resolve(file)).split("\n")) {
                    if (line.contains(": error:") || line.contains(": fatal:")) {
                        errors.add(file + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), errors);
        assertEquals(3 * 4 + 1, pages, "pages checked: the page in force, two versions and the list, in three"
                + " languages, and the changelog of the second version");
    }

    @Test
    void a_key_missing_from_a_language_fails_the_build_naming_the_key_and_the_file() throws Exception {
        Path templates = dir.resolve("templates-missing");
        PathUtils.copyDirectory(Project.templates(), templates);
        Path german = templates.resolve("messages/de.properties");
        Files.writeString(german, Files.readString(german).replaceAll("(?m)^retention\\.keptFor=.*\\n", ""));
        SiteException e = assertThrows(SiteException.class, () -> SiteBuilder.builder().content(content)
                .templates(templates).out(dir.resolve("missing")).asOf(TranslatedSite.AS_OF).build().render());
        assertEquals(german + ": retention.keptFor: missing; translate en.properties's retention.keptFor='Kept for'",
                e.getMessage());
    }

    @Test
    void a_free_word_of_the_yaml_without_its_message_fails_the_build_naming_word_and_file() throws Exception {
        Path complete = Project.root().resolve("examples/complete-policy/content/privacy/policy.yaml");
        Path living = TranslatedSite.living(dir.resolve("complete-unworded"),
                Files.readString(complete, StandardCharsets.UTF_8));
        SiteException e = assertThrows(SiteException.class, () -> SiteBuilder.builder().content(living)
                .templates(Project.templates()).out(dir.resolve("unworded")).build().render());
        assertTrue(e.getMessage().startsWith(Project.templates().resolve("messages/ar.properties")
                + ": no message 'word.sign-in' for the policy's word 'sign-in'; add it"), e.getMessage());
    }

    @Test
    void a_language_without_its_messages_fails_the_build_naming_the_file() throws Exception {
        Path templates = dir.resolve("templates-no-arabic");
        PathUtils.copyDirectory(Project.templates(), templates);
        Files.delete(templates.resolve("messages/ar.properties"));
        SiteException e = assertThrows(SiteException.class, () -> SiteBuilder.builder().content(content)
                .templates(templates).out(dir.resolve("no-arabic")).asOf(TranslatedSite.AS_OF).build().render());
        assertEquals(templates.resolve("messages/ar.properties") + ": no such file; every language of the site needs"
                + " its messages, with the keys of en.properties", e.getMessage());
    }

    @Test
    void legal_facts_prose_that_translations_do_not_cover_is_shown_in_english_and_marked() throws Exception {
        Path complete = Project.root().resolve("examples/complete-policy/content/privacy/policy.yaml");
        Path living = TranslatedSite.living(dir.resolve("complete"), Files.readString(complete, StandardCharsets.UTF_8));
        // The complete policy keeps its sign-in logs "up to 90 days after sign-in": a free word of its YAML, which
        // German words in a message of its own; without it the build fails (see the test below).
        Path templates = dir.resolve("templates-complete");
        PathUtils.copyDirectory(Project.templates(), templates);
        Files.writeString(templates.resolve("messages/de.properties"), "\nword.sign-in=der Anmeldung\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.delete(living.resolve("privacy/translations/ar.yaml"));
        Path out = dir.resolve("complete-site");
        SiteBuilder.builder().content(living).templates(templates).out(out).build().render();
        Path page = out.resolve("privacy/de/index.html");
        Document doc = Jsoup.parse(page.toFile());
        List<String> english = doc.select("main [lang=en]").eachText();
        assertFalse(english.isEmpty());
        for (String text : english) {
            assertFalse(text.startsWith("[de]"), "a translated unit marked English: " + text);
        }
        assertTrue(english.contains("We cannot open an account for you."), english.toString());
        assertEquals("Rechtsgrundlage", doc.selectFirst("#purpose-provide-the-service dt").text());
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(page);
        assertFalse(report.contains(": error:"), report);
    }
}
