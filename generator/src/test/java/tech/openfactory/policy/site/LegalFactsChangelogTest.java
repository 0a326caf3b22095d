package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.model.ChangeKind;
import tech.openfactory.policy.model.Release;

/**
 * The changelog of a version that changes the legal facts of the complete example (released in a copy, then
 * edited and released again): each change in a sentence worded as the page words the fact, material ones marked.
 */
class LegalFactsChangelogTest {
    @TempDir
    static Path dir;
    static Document changes;

    @BeforeAll
    static void releaseTwiceAndBuild() throws Exception {
        Path content = LegalFactsPageTest.copy(LegalFactsPageTest.example(), dir.resolve("content"));
        Path privacy = content.resolve("privacy");
        Release.builder().kind(ChangeKind.INITIAL).summary("First published version.")
                .date(LocalDate.of(2026, 9, 1)).build().publish(privacy);
        Path file = content.resolve(SiteBuilder.POLICY_FILE);
        String text = Files.readString(file);
        text = replace(text, "effective: 2026-09-01\nlastUpdated: 2026-09-01", "effective: 2026-11-01\nlastUpdated: 2026-10-01");
        text = replace(text, "      sources: [you]\n      ccpaCategories: [sensory-data]\n      provision:\n        requirement: voluntary",
                "      sources: [you, sign-in-provider]\n      ccpaCategories: [sensory-data, commercial-information]\n"
                        + "      provision:\n        requirement: contractual");
        text = replace(text, "      legalBasis: legitimate-interests\n      legitimateInterest: >-\n"
                + "        Protecting your account and the service from people who try to break into them.\n",
                "      legalBasis: consent\n");
        text = replace(text, "      categories: [account]\n      legalBasis: consent",
                "      categories: [account, usage]\n      legalBasis: consent");
        text = replace(text, "  automatedDecisions: none", "  automatedDecisions:\n    - id: fraud-score\n"
                + "      name: Fraud score\n      logic: Sign-ups are compared with known abuse.\n"
                + "      consequences: A high score blocks the sign-up.");
        text = replace(text, "          mechanism: sccs\n", "          mechanism: bcrs\n");
        text = replace(text, "      role: processor\n      transfers: none\n", "      role: controller\n      sold: true\n"
                + "      transfers:\n        - { country: CA, mechanism: adequacy }\n");
        text = replace(text, "  optOutPreferenceSignals:", "  optOutLink: https://kestrel-notes.example/opt-out\n"
                + "  optOutPreferenceSignals:");
        text = replace(text, "    - { kind: web-form, address: \"https://kestrel-notes.example/account/privacy\" }\n", "");
        text = replace(text, "  dpo:\n    name: Dr. Mira Falk\n    email: dpo@kestrel-notes.example\n", "  dpo: none-appointed\n");
        Files.writeString(file, text);
        Release.builder().kind(ChangeKind.MATERIAL).summary("Legal facts changed.").date(LocalDate.of(2026, 10, 1))
                .build().publish(privacy);
        Path site = dir.resolve("site");
        SiteBuilder.builder().content(content).templates(Project.templates()).out(site)
                .asOf(LocalDate.of(2026, 12, 1)).build().render();
        changes = Jsoup.parse(site.resolve("privacy/changes/2026-10-01/index.html").toFile());
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.indexOf(from) >= 0 && text.indexOf(from) == text.lastIndexOf(from), "once: " + from);
        return text.replace(from, to);
    }

    @Test
    void each_changed_legal_fact_reads_as_a_sentence_with_its_kind() {
        assertEquals(List.of(
                "Effective date: September 1, 2026 → November 1, 2026",
                "Sources of notes: You, when you sign up and write notes → You, when you sign up and write notes; The"
                        + " sign-in provider you choose (for example your company's identity provider) material",
                "California categories of notes: Audio, electronic, visual, thermal, olfactory, or similar information →"
                        + " Audio, electronic, visual, thermal, olfactory, or similar information; Commercial information"
                        + " material",
                "Providing notes: optional → required by our contract with you material",
                "Legal basis of keep accounts safe: our legitimate interests → your consent material",
                "Data categories of send the newsletter: Account information → Account information, Usage and security"
                        + " data material",
                "New automated decision: Fraud score material",
                "Transfer mechanism for United States (Hosting provider): standard contractual clauses → binding"
                        + " corporate rules material",
                "Role of E-mail provider: processor → independent controller material",
                "Sale of personal information to E-mail provider: not stated → Yes material",
                "New international transfer: Canada (E-mail provider) material",
                "Do Not Sell or Share link: not stated → https://kestrel-notes.example/opt-out",
                "Request method removed: https://kestrel-notes.example/account/privacy",
                "Data protection officer: Dr. Mira Falk, dpo@kestrel-notes.example → none appointed"),
                changes.select("#facts li").eachText());
        assertEquals(List.of("Privacy Policy", "What we collect", "How we use information", "When we share data",
                "Your rights", "Contact"), changes.select("#facts h3").eachText());
    }

    @Test
    void the_prose_of_a_legal_fact_shows_in_the_redline() {
        List<String> where = changes.select("#wording h3").eachText();
        assertTrue(where.contains("How we use information › Keep accounts safe"), where.toString());
        assertTrue(where.contains("How we use information › Fraud score"), where.toString());
    }
}
