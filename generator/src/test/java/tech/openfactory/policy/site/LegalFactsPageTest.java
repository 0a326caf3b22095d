package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tech.openfactory.policy.model.ChangeKind;
import tech.openfactory.policy.model.Release;

/**
 * The legal facts a notice states (sources, legal bases, roles, transfers, the DPO, ...) on the page, in
 * {@code policy.json} and in the PDF, from the example that states every one (examples/complete-policy), released
 * in a copy so that it has a published version; and the real policy, which states none, shows none of them.
 */
class LegalFactsPageTest {
    static final String VERSION = "2026-09-01";

    @TempDir
    static Path dir;
    static Path site;
    static Document page;
    static Map<String, Object> json;
    static Map<String, Object> yaml;

    static Path example() {
        return Project.root().resolve("examples/complete-policy/content");
    }

    /** A copy of a content folder, to release into without touching the repository. */
    static Path copy(Path content, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(content.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void releaseAndBuild() throws Exception {
        Path content = copy(example(), dir.resolve("content"));
        Release.builder().kind(ChangeKind.INITIAL).summary("First published version.").date(LocalDate.parse(VERSION))
                .build().publish(content.resolve("privacy"));
        site = dir.resolve("site");
        SiteBuilder.builder().content(content).templates(Project.templates()).out(site).asOf(LocalDate.of(2026, 12, 1))
                .build().render();
        page = Jsoup.parse(site.resolve("privacy/index.html").toFile());
        Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
        json = (Map<String, Object>) ((Map<String, Object>) parser.load(
                Files.readString(site.resolve("privacy/" + VERSION + "/policy.json")))).get("policy");
        yaml = parser.load(Files.readString(example().resolve(SiteBuilder.POLICY_FILE)));
    }

    /**
     * The facts list {@code item} is, or that sits in it (a list item), or that follows it (a heading): label →
     * values.
     */
    static Map<String, List<String>> facts(Element item) {
        Element list = item.is("dl.facts") ? item : item.selectFirst("> dl.facts");
        for (Element next = item.nextElementSibling(); list == null && next != null && !next.is("h2, h3");
                next = next.nextElementSibling()) {
            if (next.is("dl.facts")) {
                list = next;
            }
        }
        assertNotNull(list, "no facts after " + item.cssSelector());
        Map<String, List<String>> facts = new LinkedHashMap<>();
        String label = null;
        for (Element e : list.children()) {
            if (e.is("dt")) {
                label = e.text();
                facts.put(label, new ArrayList<>());
            } else {
                facts.get(label).add(e.text());
            }
        }
        return facts;
    }

    private static Element id(String id) {
        Element element = page.getElementById(id);
        assertNotNull(element, "#" + id);
        return element;
    }

    @Test
    void each_category_names_its_sources_its_california_categories_and_whether_it_must_be_provided() {
        assertEquals(Map.of(
                "Where it comes from", List.of("You, when you sign up and write notes",
                        "The sign-in provider you choose (for example your company's identity provider), a third"
                                + " party. It tells us your verified name and e-mail address when you sign in with it."),
                "Under California law (CCPA)", List.of("Identifiers"),
                "Providing it", List.of("Required to enter into a contract with us"),
                "If not provided", List.of("We cannot open an account for you.")), facts(id("category-account")));
        assertEquals(List.of("Where it comes from", "Under California law (CCPA)", "Providing it"),
                List.copyOf(facts(id("category-notes")).keySet()));
        assertEquals(List.of("Optional: you may choose not to provide it"),
                facts(id("category-notes")).get("Providing it"));
        assertEquals(List.of("Internet or other electronic network activity information"),
                facts(id("category-usage")).get("Under California law (CCPA)"));
    }

    @Test
    void each_purpose_states_its_legal_basis_in_words_and_links_the_data_it_uses() {
        assertEquals(Map.of("Legal basis", List.of("Performance of a contract with you"),
                "Data used", List.of("Account information, Notes")), facts(id("purpose-provide-the-service")));
        assertEquals(Map.of("Legal basis", List.of("Our legitimate interests: Protecting your account and the service"
                        + " from people who try to break into them."),
                "Data used", List.of("Account information, Usage and security data")),
                facts(id("purpose-keep-accounts-safe")));
        assertEquals(List.of("Your consent"), facts(id("purpose-newsletter")).get("Legal basis"));
        assertEquals(List.of("#category-account", "#category-usage"),
                id("purpose-keep-accounts-safe").select("dd a").eachAttr("href"));
    }

    @Test
    void automated_decisions_stated_as_none_read_as_a_sentence() {
        assertEquals("We make no decisions about you by automated means only, including profiling.",
                id("automated-decisions").text());
        assertEquals("use", id("automated-decisions").parent().id());
    }

    @Test
    void each_recipient_states_its_role_and_its_transfers() {
        assertEquals(Map.of("Role", List.of("A processor, acting only on our instructions"),
                "International transfers", List.of("United States, under standard contractual clauses; from the UK,"
                        + " under the UK Addendum to the standard contractual clauses. Write to"
                        + " privacy@kestrel-notes.example for a copy of the clauses.")), facts(id("recipient-hosting")));
        assertEquals(Map.of("Role", List.of("A processor, acting only on our instructions"),
                "International transfers", List.of("No transfer outside the EEA or the UK")),
                facts(id("recipient-email-provider")));
        assertEquals(List.of("A public authority, receiving what the law obliges us to disclose"),
                facts(id("recipient-authorities")).get("Role"));
        Element signals = id("sharing").selectFirst("> dl.facts");
        assertEquals("Opt-out preference signals We do not sell or share personal data, so there is nothing for a"
                + " Global Privacy Control signal to opt you out of; we honour it all the same by not loading any"
                + " third-party script.", signals.text());
    }

    @Test
    void requests_list_their_methods_as_links_with_verification_and_authorized_agents() {
        Element list = id("rights").selectFirst("> dl.facts");
        assertEquals(Map.of(
                "How to make a request", List.of("Email: privacy@kestrel-notes.example",
                        "Web form: https://kestrel-notes.example/account/privacy"),
                "How we verify a request", List.of("We confirm a request by asking you to sign in, or by writing to the"
                        + " e-mail address on the account."),
                "Requests by an authorized agent", List.of("Someone you authorise in writing may make a request for"
                        + " you; we then confirm it with you directly.")), facts(list));
        assertEquals(List.of("mailto:privacy@kestrel-notes.example", "https://kestrel-notes.example/account/privacy"),
                list.select("a").eachAttr("href"));
    }

    @Test
    void the_contact_names_the_address_the_dpo_the_representatives_and_the_supervisory_authority() {
        Element contact = id("contact");
        assertEquals(List.of("Kestrel Notes GmbH", "Address: Kestrel Notes GmbH, Beispielstraße 1, 10115 Berlin,"
                        + " Germany", "Email: privacy@kestrel-notes.example", "Website: kestrel-notes.example"),
                contact.select("address p").eachText());
        assertEquals(Map.of(
                "Data protection officer", List.of("Dr. Mira Falk, dpo@kestrel-notes.example"),
                "Representative in the EU", List.of("No representative in the EU has been appointed."),
                "Representative in the UK", List.of("Kestrel Representative Ltd, uk-rep@kestrel-notes.example, 1 Example"
                        + " Street, London EC1A 1AA, United Kingdom"),
                "Supervisory authority", List.of("Berliner Beauftragte für Datenschutz und Informationsfreiheit,"
                        + " www.datenschutz-berlin.de")), facts(contact.selectFirst("address")));
        assertEquals(List.of("mailto:dpo@kestrel-notes.example", "mailto:uk-rep@kestrel-notes.example",
                "https://www.datenschutz-berlin.de/"), contact.select("dl.facts a").eachAttr("href"));
    }

    @Test
    void the_living_page_of_an_unreleased_policy_shows_the_same_facts() throws Exception {
        Path out = dir.resolve("living");
        SiteBuilder.builder().content(example()).templates(Project.templates()).out(out).build().render();
        Document living = Jsoup.parse(out.resolve("privacy/index.html").toFile());
        assertEquals(page.select("dl.facts").outerHtml(), living.select("dl.facts").outerHtml());
    }

    @Test
    void facts_the_example_does_not_state_render_too() throws Exception {
        String text = Files.readString(example().resolve(SiteBuilder.POLICY_FILE));
        text = replace(text, "  automatedDecisions: none\n", "  automatedDecisions:\n    - id: fraud-score\n"
                + "      name: Fraud score at sign-up\n      logic: We compare the sign-up with known patterns of abuse.\n"
                + "      consequences: A high score blocks the sign-up until a person reviews it.\n");
        text = replace(text, "        - { id: attachments, label: attachments }", "        - id: attachments\n"
                + "          label: attachments\n          provision:\n            requirement: statutory\n"
                + "            ifNotProvided: We cannot keep the record the law asks for.");
        text = replace(text, "      kind: third-party\n", "      kind: publicly-available\n");
        text = replace(text, "    - id: authorities\n", "    - id: ad-partner\n      name: Advertising partner\n"
                + "      description: Shows our ads on other sites.\n      categories: [usage]\n      role: controller\n"
                + "      sold: true\n      sharedForAdvertising: false\n      transfers:\n        - country: CH\n"
                + "          mechanism: adequacy\n          ukMechanism: adequacy\n    - id: authorities\n");
        text = replace(text, "  optOutPreferenceSignals:", "  optOutLink: https://kestrel-notes.example/privacy/opt-out\n"
                + "  optOutPreferenceSignals:");
        text = replace(text, "    - { kind: web-form, address: \"https://kestrel-notes.example/account/privacy\" }",
                "    - { kind: toll-free-number, address: 1-800-555-0100 }\n"
                        + "    - { kind: postal-mail, address: \"Kestrel Notes GmbH, Beispielstraße 1, 10115 Berlin\" }");
        text = replace(text, "  dpo:\n    name: Dr. Mira Falk\n    email: dpo@kestrel-notes.example\n",
                "  dpo: none-appointed\n");
        Path content = Project.contentWith(dir.resolve("variant"), text);
        Path out = dir.resolve("variant-site");
        SiteBuilder.builder().content(content).templates(Project.templates()).out(out).build().render();
        Document variant = Jsoup.parse(out.resolve("privacy/index.html").toFile());

        assertEquals("Decisions made by automated means only", variant.getElementById("automated-decisions").text());
        assertEquals(Map.of("How it works", List.of("We compare the sign-up with known patterns of abuse."),
                "What it means for you", List.of("A high score blocks the sign-up until a person reviews it.")),
                facts(variant.getElementById("automated-decision-fraud-score")));
        assertEquals("Fraud score at sign-up",
                variant.selectFirst("#automated-decision-fraud-score > strong").text());
        Map<String, List<String>> notes = facts(variant.getElementById("category-notes"));
        assertEquals(List.of("Required by law"), notes.get("Providing attachments"));
        assertEquals(List.of("We cannot keep the record the law asks for."), notes.get("Without attachments"));
        assertEquals("The sign-in provider you choose (for example your company's identity provider), publicly"
                        + " available. It tells us your verified name and e-mail address when you sign in with it.",
                facts(variant.getElementById("category-account")).get("Where it comes from").get(1));
        assertEquals(Map.of("Role", List.of("An independent controller, deciding for itself how it uses the data"),
                "International transfers", List.of("Switzerland, under an adequacy decision of the European"
                        + " Commission; from the UK, under UK adequacy regulations."),
                "Sale and sharing (California)", List.of("We sell personal information to it. We do not share"
                        + " personal information with it for cross-context behavioral advertising.")),
                facts(variant.getElementById("recipient-ad-partner")));
        Element optOut = variant.selectFirst("#sharing > dl.facts a");
        assertEquals("Do Not Sell or Share My Personal Information", optOut.text());
        assertEquals("https://kestrel-notes.example/privacy/opt-out", optOut.attr("href"));
        Element methods = variant.selectFirst("#rights > dl.facts");
        assertEquals(List.of("Email: privacy@kestrel-notes.example", "Toll-free number: 1-800-555-0100",
                "Post: Kestrel Notes GmbH, Beispielstraße 1, 10115 Berlin"), methods.select("dd").eachText().subList(0, 3));
        assertEquals(List.of("mailto:privacy@kestrel-notes.example", "tel:18005550100"), methods.select("a").eachAttr("href"));
        assertEquals(List.of("No data protection officer has been appointed."),
                facts(variant.selectFirst("#contact address")).get("Data protection officer"));
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.indexOf(from) >= 0 && text.indexOf(from) == text.lastIndexOf(from), "once: " + from);
        return text.replace(from, to);
    }

    @Test
    @SuppressWarnings("unchecked")
    void policy_json_writes_each_legal_fact_as_the_yaml_does() {
        for (String section : List.of("use", "sharing", "rights", "contact", "collection")) {
            Map<String, Object> written = (Map<String, Object>) yaml.get(section);
            Map<String, Object> data = (Map<String, Object>) json.get(section);
            for (String key : List.of("automatedDecisions", "optOutLink", "optOutPreferenceSignals", "requestMethods",
                    "verification", "authorizedAgents", "address", "dpo", "euRepresentative", "ukRepresentative",
                    "supervisoryAuthority", "sources")) {
                assertEquals(written.get(key), data.get(key), section + "." + key);
            }
        }
        assertEquals("none", ((Map<String, Object>) json.get("use")).get("automatedDecisions"));
        assertEquals("none-appointed", ((Map<String, Object>) json.get("contact")).get("euRepresentative"));
        List<String> keys = List.of("sources", "ccpaCategories", "provision", "categories", "legalBasis",
                "legitimateInterest", "role", "transfers", "sold", "sharedForAdvertising");
        for (String[] list : new String[][] {{"collection", "categories"}, {"use", "purposes"}, {"sharing", "recipients"}}) {
            List<Map<String, Object>> written = (List<Map<String, Object>>) ((Map<String, Object>) yaml.get(list[0]))
                    .get(list[1]);
            List<Map<String, Object>> data = (List<Map<String, Object>>) ((Map<String, Object>) json.get(list[0]))
                    .get(list[1]);
            for (int i = 0; i < written.size(); i++) {
                for (String key : keys) {
                    if (written.get(i).containsKey(key) || !data.get(i).containsKey(key)) {
                        assertEquals(written.get(i).get(key), data.get(i).get(key), list[1] + "[" + i + "]." + key);
                    }
                }
            }
        }
        List<Map<String, Object>> recipients = (List<Map<String, Object>>) ((Map<String, Object>) json.get("sharing"))
                .get("recipients");
        assertEquals("none", recipients.get(1).get("transfers"));
        assertEquals(Map.of("country", "US", "mechanism", "sccs", "ukMechanism", "uk-addendum", "copy",
                "Write to privacy@kestrel-notes.example for a copy of the clauses."),
                ((List<Object>) recipients.get(0).get("transfers")).get(0));
    }

    @Test
    void the_pages_are_valid_html_and_their_links_resolve() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        for (String file : Project.tree(site).keySet()) {
            if (file.endsWith(".html")) {
                for (String line : validator.validate(site.resolve(file)).split("\n")) {
                    if (line.contains(": error:") || line.contains(": fatal:")) {
                        errors.add(file + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), errors);
        assertEquals(List.of(), LinkChecker.broken(site));
    }

    @Test
    void the_pdf_of_the_version_holds_the_legal_facts() throws Exception {
        String text;
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(site.resolve("privacy/" + VERSION + "/policy.pdf")))) {
            text = SeedText.normalize(new PDFTextStripper().getText(pdf));
        }
        for (String fact : List.of("Required to enter into a contract with us", "Performance of a contract with you",
                "No transfer outside the EEA or the UK", "No representative in the EU has been appointed.",
                "We make no decisions about you by automated means only, including profiling.")) {
            assertTrue(text.contains(fact), "missing from the PDF: " + fact);
        }
    }


    @Test
    void the_real_policy_states_no_legal_fact_so_its_page_shows_none_of_their_labels() throws Exception {
        Path out = dir.resolve("real");
        SiteBuilder.builder().content(Project.content()).templates(Project.templates()).out(out).build().render();
        Document real = Jsoup.parse(out.resolve("privacy/index.html").toFile());
        assertEquals(0, real.select("dl.facts, dt, dd, #automated-decisions, [id^=automated-decision]").size());
        String shown = real.text();
        for (String label : List.of("Where it comes from", "Under California law", "Providing it", "If not provided",
                "Legal basis", "Data used", "automated means", "Role", "International transfers",
                "No transfer outside", "Sale and sharing", "Opt-out preference signals", "Do Not Sell or Share",
                "How to make a request", "How we verify a request", "authorized agent", "Address:",
                "Data protection officer", "Representative in the", "Supervisory authority")) {
            assertTrue(!shown.contains(label), "the real page shows the label of a fact it does not state: " + label);
        }
        assertNull(real.selectFirst("a[href^=tel:]"));
    }
}
