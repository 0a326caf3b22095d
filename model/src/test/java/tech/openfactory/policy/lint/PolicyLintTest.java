package tech.openfactory.policy.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyLoader;
import tech.openfactory.policy.model.PolicyLocations;

/**
 * The lint against the complete example (every fact stated, so nothing found) with each fact taken away in turn:
 * each removal gives exactly the finding lines a user reads, at the place the fact belongs.
 */
class PolicyLintTest {
    static final String FILE = "policy.yaml";
    static final Path COMPLETE = Path.of("../examples/complete-policy/content/privacy/policy.yaml");
    static final Path REAL = Path.of("../content/privacy/policy.yaml");
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    static String complete() {
        try {
            return Files.readString(COMPLETE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static LintReport lint(String text, Regime... regimes) {
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Policy policy = PolicyLoader.builder().build().load(FILE, bytes);
            PolicyLint.Builder lint = PolicyLint.builder().asOf(AS_OF);
            if (regimes.length > 0) {
                lint.regimes(regimes);
            }
            return lint.build().lint(policy, PolicyLocations.of(FILE, bytes));
        } catch (PolicyException e) {
            throw new AssertionError("the edited example must stay valid: " + e.problems(), e);
        }
    }

    static List<String> lines(LintReport report) {
        return report.findings().stream().map(Finding::toString).toList();
    }

    /** Replaces the one occurrence of {@code from}. */
    static String edit(String text, String from, String to) {
        int first = text.indexOf(from);
        assertTrue(first >= 0 && text.indexOf(from, first + 1) < 0, "the example must contain once: " + from);
        return text.substring(0, first) + to + text.substring(first + from.length());
    }

    /** "policy.yaml:L:C: " where L is the line of the example that contains {@code fragment}, C its column. */
    static String at(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int col = lines[i].indexOf(fragment);
            if (col >= 0) {
                // An anchor may start with the indentation that makes it unique; the node starts after it.
                int indent = fragment.length() - fragment.stripLeading().length();
                return FILE + ":" + (i + 1) + ":" + (col + indent + 1) + ": ";
            }
        }
        throw new AssertionError("no line contains " + fragment);
    }

    @Test
    void the_complete_example_states_everything_the_lint_checks() {
        LintReport report = lint(complete());
        assertEquals(List.of(), lines(report));
        assertEquals(List.of(), report.accepted());
        assertEquals(List.of(), report.problems());
    }

    /** One fact taken away: the text removed, the text put in its place, and the lines expected (in file order). */
    record Removal(String name, String from, String to, List<String> anchors, List<String> messages) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Removal removal(String name, String from, String to, String anchor, String message) {
        return new Removal(name, from, to, List.of(anchor), List.of(message));
    }

    static Stream<Removal> removals() {
        return Stream.of(
                removal("legal basis", "      legalBasis: contract\n", "", "id: provide-the-service",
                        "GDPR 13(1)(c): purpose 'provide-the-service' has no legal basis; add legalBasis: with one of"
                                + " consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests"),
                removal("legitimate interest", "      legitimateInterest: >-\n        Protecting your account and the"
                        + " service from people who try to break into them.\n", "", "id: keep-accounts-safe",
                        "GDPR 13(1)(d): purpose 'keep-accounts-safe' relies on legitimate interests but does not say"
                                + " which; add legitimateInterest: with the interest pursued"),
                removal("withdraw consent", "    - id: withdraw-consent\n      name: Withdraw consent\n      description:"
                        + " Unsubscribe from the newsletter at any time, without affecting earlier sending.\n", "",
                        "  rights:", "GDPR 13(2)(c): purpose 'newsletter' relies on consent, but the right to withdraw"
                                + " consent is not listed; add a right with id: withdraw-consent"),
                new Removal("right to object", "    - id: objection\n      name: Objection\n      description: Object to"
                        + " processing based on our legitimate interests.\n", "", List.of("  rights:", "  rights:"),
                        List.of("GDPR 13(2)(b): the right to object is not listed; add a right with id: objection",
                                "GDPR 21(4): purpose 'keep-accounts-safe' relies on legitimate interests, but the right"
                                        + " to object is not listed; add a right with id: objection")),
                removal("restriction", "    - id: restriction\n      name: Restriction\n      description: Have us stop"
                        + " using your data while a complaint is examined.\n", "", "  rights:",
                        "GDPR 13(2)(b): the right to restriction of processing is not listed; add a right with id:"
                                + " restriction"),
                new Removal("access", "    - id: access\n      name: Access\n      description: Get a copy of the data we"
                        + " hold about you (in California, the right to know).\n", "", List.of("  rights:", "  rights:"),
                        List.of("GDPR 13(2)(b): the right of access is not listed; add a right with id: access",
                                "CCPA Regs. §7011(e)(2): the right to know is not listed; add a right with id: access")),
                removal("non-discrimination", "    - id: non-discrimination\n      name: Equal service\n      description:"
                        + " Using any of these rights never changes the service or the price you get.\n", "", "  rights:",
                        "CCPA Regs. §7011(e)(2): the right to non-discrimination is not listed; add a right with id:"
                                + " non-discrimination"),
                removal("address", "  address: Kestrel Notes GmbH, Beispielstraße 1, 10115 Berlin, Germany\n", "",
                        "contact:", "GDPR 13(1)(a): the controller's postal address is not stated; add address: under"
                                + " contact, e.g. address: Kestrel Notes GmbH, street, postcode and city, country"),
                removal("DPO", "  dpo:\n    name: Dr. Mira Falk\n    email: dpo@kestrel-notes.example\n", "", "contact:",
                        "GDPR 13(1)(b): the policy does not say whether a data protection officer is appointed; add dpo:"
                                + " with name: and email: under contact, or dpo: none-appointed"),
                removal("EU representative", "  euRepresentative: none-appointed\n", "", "contact:",
                        "GDPR 27: the policy does not say whether a representative in the EU is appointed; add"
                                + " euRepresentative: with name: and email: under contact, or euRepresentative:"
                                + " none-appointed when the controller is established in the EU"),
                removal("UK representative", "  ukRepresentative:\n    name: Kestrel Representative Ltd\n    email:"
                        + " uk-rep@kestrel-notes.example\n    address: 1 Example Street, London EC1A 1AA, United Kingdom\n",
                        "", "contact:", "UK GDPR 27: the policy does not say whether a representative in the UK is"
                                + " appointed; add ukRepresentative: with name: and email: under contact, or"
                                + " ukRepresentative: none-appointed when the controller is established in the UK"),
                new Removal("role", "      role: processor\n      transfers:\n        - country: US",
                        "      transfers:\n        - country: US", List.of("id: hosting", "id: hosting"),
                        List.of("GDPR 13(1)(e): recipient 'hosting' has no role; add role: with one of processor,"
                                        + " controller, public-authority",
                                "CCPA Regs. §7011(e)(1)(D): recipient 'hosting' does not say whether disclosing to it"
                                        + " is a sale or sharing for advertising; add role: processor (or public-authority)"
                                        + " if it only acts on your instructions or the law's, otherwise sold: and"
                                        + " sharedForAdvertising:")),
                removal("transfers", "      role: processor\n      transfers: none\n", "      role: processor\n",
                        "id: email-provider", "GDPR 13(1)(f): recipient 'email-provider' does not say whether it"
                                + " receives data outside the EEA or the UK; add transfers: none, or transfers: with each"
                                + " country: and mechanism: and ukMechanism:"),
                removal("transfer mechanism", "          mechanism: sccs\n", "", "country: US",
                        "GDPR 13(1)(f): the transfer of recipient 'hosting' to US has no ground; add mechanism: with"
                                + " one of adequacy, sccs, bcrs, derogation"),
                removal("UK transfer mechanism", "          ukMechanism: uk-addendum\n", "", "country: US",
                        "UK GDPR 13(1)(f): the transfer of recipient 'hosting' to US has no UK GDPR ground; add"
                                + " ukMechanism: with one of adequacy, bcrs, derogation, idta, uk-addendum"),
                new Removal("copy of the safeguards", "          copy: Write to privacy@kestrel-notes.example for a copy of"
                        + " the clauses.\n", "", List.of("country: US", "country: US"),
                        List.of("GDPR 13(1)(f): recipient 'hosting' receives data in US under sccs but the policy does"
                                        + " not say how to obtain a copy; add copy: with a link, or whom to ask",
                                "UK GDPR 13(1)(f): recipient 'hosting' receives data in US under uk-addendum but the"
                                        + " policy does not say how to obtain a copy; add copy: with a link, or whom to ask")),
                removal("retention", "    - id: usage\n      category: usage\n      keptFor: { upTo: 90 days, after:"
                        + " sign-in }\n      afterDeletion: { purged: automatically }\n", "", "id: usage",
                        "GDPR 13(2)(a): category 'usage' has no retention rule; add one under retention.rules with"
                                + " category: usage"),
                removal("provision", "      provision:\n        requirement: voluntary\n", "", "id: notes",
                        "GDPR 13(2)(e): category 'notes' does not say whether providing it is required; add provision:"
                                + " with requirement: statutory, contractual, contract-entry, voluntary"),
                removal("consequence of not providing", "        ifNotProvided: We cannot open an account for you.\n",
                        "", "provision:", "GDPR 13(2)(e): category 'account' must be provided (contract-entry) but the"
                                + " policy does not say what happens if it is not; add ifNotProvided: under provision"),
                removal("automated decisions", "  automatedDecisions: none\n", "", "use:",
                        "GDPR 13(2)(f): the policy does not say whether decisions are made by automated means only; add"
                                + " automatedDecisions: none under use, or list each with logic: and consequences:"),
                removal("sources", "      sources: [you]\n      ccpaCategories: [sensory-data]",
                        "      ccpaCategories: [sensory-data]", "id: notes", "GDPR 14(2)(f): category 'notes' does not"
                                + " say where its data comes from; add sources: with ids defined under collection.sources"
                                + " (each with kind: the-person, third-party, publicly-available)"),
                removal("data of a purpose", "      categories: [account]\n      legalBasis: consent\n",
                        "      legalBasis: consent\n", "id: newsletter", "GDPR 5(1)(b): purpose 'newsletter' does not"
                                + " say which data it uses; add categories: with ids of collection.categories"),
                removal("purpose of a category", "      categories: [account, usage]\n      legalBasis: legitimate-interests",
                        "      categories: [account]\n      legalBasis: legitimate-interests",
                        "id: usage", "GDPR 5(1)(b): category 'usage' is used by no purpose; add it to the categories:"
                                + " of the purposes that use it, or stop collecting it"),
                removal("California category", "      ccpaCategories: [internet-activity]\n", "", "id: usage",
                        "CCPA Regs. §7011(e)(1)(A): category 'usage' has no California category; add ccpaCategories:"
                                + " with one or more of identifiers, customer-records, protected-classifications,"
                                + " commercial-information, biometric-information, internet-activity, geolocation,"
                                + " sensory-data, professional-information, education-information, inferences,"
                                + " sensitive-personal-information"),
                removal("sale by a controller", "      role: processor\n      transfers: none\n",
                        "      role: controller\n      transfers: none\n", "id: email-provider",
                        "CCPA Regs. §7011(e)(1)(D): recipient 'email-provider' does not say whether disclosing to it is"
                                + " a sale or sharing for advertising; add role: processor (or public-authority) if it"
                                + " only acts on your instructions or the law's, otherwise sold: and sharedForAdvertising:"),
                new Removal("opt-out where data is sold", "      role: processor\n      transfers: none\n",
                        "      role: controller\n      transfers: none\n      sold: true\n      sharedForAdvertising: false\n",
                        List.of("sharing:", "  rights:"),
                        List.of("CCPA §1798.135(a): data is sold or shared for advertising, but no opt-out link is"
                                        + " given; add optOutLink: under sharing with the https address of the \"Do Not"
                                        + " Sell or Share My Personal Information\" page",
                                "CCPA Regs. §7011(e)(2): data is sold or shared, but the right to opt out is not listed;"
                                        + " add a right with id: opt-out-of-sale-or-sharing")),
                removal("data a recipient receives", "      categories: [account]\n      role: processor\n",
                        "      role: processor\n", "id: email-provider", "CCPA Regs. §7011(e)(1)(F): recipient"
                                + " 'email-provider' does not say which data it receives; add categories: with ids of"
                                + " collection.categories"),
                removal("limit sensitive data", "      ccpaCategories: [sensory-data]",
                        "      ccpaCategories: [sensory-data, sensitive-personal-information]", "  rights:",
                        "CCPA §1798.121: category 'notes' is sensitive personal information, but the right to limit"
                                + " its use is not listed; add a right with id: limit-sensitive-data"),
                removal("request methods", "    - { kind: web-form, address: \"https://kestrel-notes.example/account/privacy\" }\n",
                        "", "requestMethods:", "CCPA Regs. §7011(e)(3)(A): only one way to submit a request is listed;"
                                + " add another (a toll-free number, a web form), or accept the gap if the business"
                                + " operates exclusively online"),
                removal("verification", "  verification: >-\n    We confirm a request by asking you to sign in, or by writing"
                        + " to the e-mail address on the account.\n", "", "rights:", "CCPA Regs. §7011(e)(3)(B): the"
                                + " policy does not say how a request is verified; add verification: under rights"),
                removal("authorised agents", "  authorizedAgents: >-\n    Someone you authorise in writing may make a"
                        + " request for you; we then confirm it with you directly.\n", "", "rights:",
                        "CCPA Regs. §7011(e)(3)(H): the policy does not say how an authorised agent makes a request;"
                                + " add authorizedAgents: under rights"),
                removal("preference signals", "  optOutPreferenceSignals: >-\n    We do not sell or share personal data,"
                        + " so there is nothing for a Global Privacy Control signal to opt you\n    out of; we honour it"
                        + " all the same by not loading any third-party script.\n", "", "sharing:",
                        "CCPA Regs. §7011(e)(3)(F): the policy does not say how opt-out preference signals such as"
                                + " Global Privacy Control are processed; add optOutPreferenceSignals: under sharing"),
                removal("yearly review", "lastUpdated: 2026-09-01", "lastUpdated: 2025-11-30", "lastUpdated:",
                        "CCPA §1798.130(a)(5): the policy was last updated on 2025-11-30, more than 12 months before"
                                + " 2026-12-01; review it and move lastUpdated to the day of the review"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("removals")
    void each_fact_taken_away_is_named_with_its_article_at_its_place(Removal removal) {
        String text = edit(complete(), removal.from(), removal.to());
        if (removal.name().equals("yearly review")) {
            text = edit(text, "effective: 2026-09-01", "effective: 2025-11-30");
        }
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < removal.messages().size(); i++) {
            expected.add(at(text, removal.anchors().get(i)) + removal.messages().get(i));
        }
        assertEquals(expected, lines(lint(text)));
    }

    @Test
    void without_the_supervisory_authority_and_the_right_to_complain_the_complaint_is_missing() {
        String text = edit(complete(), "  supervisoryAuthority:\n    name: Berliner Beauftragte für Datenschutz und"
                + " Informationsfreiheit\n    website: www.datenschutz-berlin.de\n", "");
        text = edit(text, "    - id: complaint\n      name: Complain\n      description: Complain to a data protection"
                + " authority.\n", "");
        assertEquals(List.of(at(text, "contact:") + "GDPR 13(2)(d): the right to complain to a supervisory authority is"
                + " not stated as a fact; add supervisoryAuthority: with name: (and website:) under contact, or a right"
                + " with id: complaint"), lines(lint(text)));
    }

    @Test
    void the_supervisory_authority_or_a_right_to_complain_is_enough() {
        String withoutAuthority = edit(complete(), "  supervisoryAuthority:\n    name: Berliner Beauftragte für"
                + " Datenschutz und Informationsfreiheit\n    website: www.datenschutz-berlin.de\n", "");
        assertEquals(List.of(), lines(lint(withoutAuthority)));
    }

    @Test
    void an_accepted_gap_is_listed_with_its_reason_and_no_longer_a_finding() {
        String text = edit(complete(), "  euRepresentative: none-appointed\n", "")
                + "\nlint:\n  accepted:\n    - item: gdpr-27\n      reason: Established in Berlin; Art. 27 does not apply.\n";
        LintReport report = lint(text);
        assertEquals(List.of(), lines(report));
        assertEquals(List.of(at(text, "contact:") + "accepted GDPR 27: the policy does not say whether a representative"
                + " in the EU is appointed (lint.accepted: Established in Berlin; Art. 27 does not apply.)"),
                report.accepted().stream().map(Object::toString).toList());
    }

    @Test
    void an_accepted_gap_that_excuses_nothing_is_reported_for_removal() {
        String text = complete() + "\nlint:\n  accepted:\n    - item: gdpr-13-1-b\n      reason: No DPO.\n";
        assertEquals(List.of(at(text, "item: gdpr-13-1-b") + "lint.accepted: gdpr-13-1-b is"
                + " accepted, but the policy now says what it asks; remove the entry"),
                lint(text).unused().stream().map(Object::toString).toList());
    }

    @Test
    void an_unknown_accepted_item_is_an_error_with_the_nearest_id() {
        String text = complete() + "\nlint:\n  accepted:\n    - item: gdpr-13-1-z\n      reason: typo\n";
        assertEquals(List.of(at(text, "item: gdpr-13-1-z") + "lint.accepted[0].item: unknown lint item 'gdpr-13-1-z';"
                + " did you mean 'gdpr-13-1-a'? write an id that `policy lint --explain` lists"),
                lint(text).problems().stream().map(Object::toString).toList());
    }

    @Test
    void only_the_regimes_asked_for_are_checked_and_cited_by_their_own_name() {
        String text = edit(complete(), "      legalBasis: contract\n", "");
        text = edit(text, "      ccpaCategories: [internet-activity]\n", "");
        assertEquals(List.of(at(text, "id: usage") + "CCPA Regs. §7011(e)(1)(A): category 'usage' has no California"
                + " category; add ccpaCategories: with one or more of " + tech.openfactory.policy.model.CcpaCategory.ids()),
                lines(lint(text, Regime.CCPA)));
        assertEquals(List.of(at(text, "id: provide-the-service") + "UK GDPR 13(1)(c): purpose 'provide-the-service'"
                + " has no legal basis; add legalBasis: with one of consent, contract, legal-obligation, vital-interests,"
                + " public-task, legitimate-interests"), lines(lint(text, Regime.UK_GDPR)));
    }

    @Test
    void items_are_found_by_id_or_by_the_citation_as_printed() {
        assertEquals(LintItem.GDPR_13_1_C, LintItem.of("gdpr-13-1-c").orElseThrow());
        assertEquals(LintItem.GDPR_13_1_C, LintItem.of("GDPR 13(1)(c)").orElseThrow());
        assertEquals(LintItem.CCPA_1798_121, LintItem.of("CCPA §1798.121").orElseThrow());
        assertEquals(java.util.Optional.empty(), LintItem.of("gdpr-99"));
    }

    @Test
    void the_real_policy_is_told_what_it_does_not_say_and_nothing_is_invented() throws Exception {
        LintReport report = lint(Files.readString(REAL));
        List<String> lines = lines(report);
        String real = Files.readString(REAL);
        assertTrue(lines.contains(at(real, "id: improve-the-product") + "GDPR 13(1)(c): purpose 'improve-the-product'"
                + " has no legal basis; add legalBasis: with one of consent, contract, legal-obligation, vital-interests,"
                + " public-task, legitimate-interests"), String.join("\n", lines));
        // The living policy keeps organisation data without saying for how long: a gap in substance, not in form.
        assertTrue(lines.contains(at(real, "id: organizations") + "GDPR 13(2)(a): category 'organizations' has no"
                + " retention rule; add one under retention.rules with category: organizations"), String.join("\n", lines));
        assertEquals(50, lines.size(), String.join("\n", lines));
    }
}
