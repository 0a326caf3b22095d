package tech.openfactory.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which edits are material: more collected, kept, shared or set, or less promised. */
class PolicyDiffTest {

    private static PolicyDiff diff(PolicyFile changed) throws PolicyException {
        return PolicyDiff.between(PolicyFile.valid().load(), changed.load());
    }

    /** Each edit of the fixture, the one fact it changes (type noun 'subject' aspect), and the kind it makes. */
    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("longer retention", "keptFor: { typically: 90 days }", "keptFor: { typically: 120 days }",
                        "CHANGED retention rule 'Security logs' kept for", ChangeKind.MATERIAL),
                Arguments.of("shorter retention", "keptFor: { typically: 90 days }", "keptFor: { typically: 60 days }",
                        "CHANGED retention rule 'Security logs' kept for", ChangeKind.EDITORIAL),
                Arguments.of("new element", "{ id: roles, label: roles }", "{ id: roles, label: roles }\n        - { id: team, label: team }",
                        "ADDED element of Organization and integration data 'team' null", ChangeKind.MATERIAL),
                Arguments.of("element removed", "        - { id: roles, label: roles }\n", "",
                        "REMOVED element of Organization and integration data 'roles' null", ChangeKind.EDITORIAL),
                Arguments.of("new recipient", "    - id: legal-obligations\n", "    - id: payments\n      name: Payment processors\n"
                        + "      description: They charge your card.\n    - id: legal-obligations\n",
                        "ADDED recipient 'Payment processors' null", ChangeKind.MATERIAL),
                Arguments.of("right removed", "    - id: objection\n      name: Objection\n      description: Object to"
                        + " processing where the law gives you that right.\n", "",
                        "REMOVED right 'Objection' null", ChangeKind.MATERIAL),
                Arguments.of("commitment removed", "    - id: no-sale\n      text: We do not sell personal data.\n", "",
                        "REMOVED commitment 'We do not sell personal data.' null", ChangeKind.MATERIAL),
                Arguments.of("cookie becomes required", "      required: false", "      required: true",
                        "CHANGED cookie 'Analytics cookies' required", ChangeKind.MATERIAL),
                Arguments.of("cookie no longer required", "      required: true", "      required: false",
                        "CHANGED cookie 'Session cookie' required", ChangeKind.EDITORIAL),
                Arguments.of("lower minimum age", "    minimumAge: 16", "    minimumAge: 13",
                        "CHANGED children 'Children' minimum age", ChangeKind.MATERIAL),
                Arguments.of("encryption dropped", "label: integration credentials, encrypted: true }",
                        "label: integration credentials }",
                        "CHANGED element of Organization and integration data 'integration credentials' encrypted",
                        ChangeKind.MATERIAL),
                Arguments.of("slower answers", "  responseTime: 30 days", "  responseTime: 45 days",
                        "CHANGED requests 'Your rights and controls' response time", ChangeKind.MATERIAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void classifies_each_kind_of_change(String name, String from, String to, String fact, ChangeKind kind)
            throws PolicyException {
        PolicyDiff diff = diff(PolicyFile.valid().replace(from, to));
        assertEquals(List.of(fact), diff.facts().stream()
                .map(c -> c.type() + " " + c.what() + " '" + c.subject() + "' " + (c.aspect() == null ? null : c.aspect().words())).toList());
        assertEquals(kind, diff.kind());
    }

    @Test
    void keeps_the_structured_values_of_a_change() throws PolicyException {
        Change change = diff(PolicyFile.valid().replace("keptFor: { typically: 90 days }", "keptFor: { typically: 120 days }"))
                .facts().get(0);
        assertEquals(new KeptFor.Typically(Period.parse("90 days")), change.before());
        assertEquals(new KeptFor.Typically(Period.parse("120 days")), change.after());
        assertEquals(Section.RETENTION, change.section());
    }

    @Test
    void a_date_that_moved_is_a_change_even_backwards() throws PolicyException {
        PolicyDiff diff = diff(PolicyFile.valid().replace("lastUpdated: 2026-04-08", "lastUpdated: 2020-01-01"));
        assertEquals(List.of("CHANGED policy 'Privacy Policy' last updated"), described(diff));
        assertEquals(LocalDate.of(2020, 1, 1), diff.facts().get(0).after());
        assertEquals(ChangeKind.EDITORIAL, diff.kind());
    }

    @Test
    void a_value_of_the_wrong_type_for_its_aspect_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Change(Section.RETENTION,
                Change.Type.CHANGED, Change.Noun.RETENTION_RULE, null, "Security logs", Change.Aspect.KEPT_FOR,
                "90 days", "120 days", true));
        assertEquals("KEPT_FOR holds a KeptFor, not String", e.getMessage());
    }

    @Test
    void a_wording_change_is_editorial_and_shows_as_prose_only() throws PolicyException {
        PolicyDiff diff = diff(PolicyFile.valid().replace("We do not sell personal data.", "We never sell personal data."));
        assertEquals(List.of(), diff.facts());
        assertEquals(ChangeKind.EDITORIAL, diff.kind());
        assertEquals(1, diff.passages().size());
        assertEquals("restrictions.commitments.no-sale", diff.passages().get(0).after().key());
        assertEquals("We do not sell personal data.", diff.passages().get(0).before().text());
    }

    @Test
    void the_same_policy_has_no_change() throws PolicyException {
        assertEquals(ChangeKind.NONE, diff(PolicyFile.valid()).kind());
    }

    /** The example that states every legal fact a notice needs (examples/complete-policy). */
    private static PolicyFile complete() {
        Path root = Path.of(System.getProperty("policy.projectRoot", ".."));
        try {
            return PolicyFile.of(Files.readString(root.resolve("examples/complete-policy/content/privacy/policy.yaml")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> described(PolicyDiff diff) {
        return diff.facts().stream().map(c -> c.type() + " " + c.what() + " '" + c.subject() + "' " + (c.aspect() == null ? null : c.aspect().words())
                + (c.material() ? " material" : "")).toList();
    }

    /**
     * Each edit of a legal fact of the complete example, the facts it changes (type noun 'subject' aspect, and
     * "material" when it alone is), and the kind it makes. With {@code firstStated}, the example is the newer
     * version and the edit the older: the fact was not stated before.
     */
    static Stream<Arguments> legalFactEdits() {
        String emailProvider = "      role: processor\n      transfers: none\n";
        return Stream.of(
                Arguments.of("legal basis changed", false, "      legalBasis: contract", "      legalBasis: consent",
                        List.of("CHANGED purpose 'Provide the service' legal basis material"), ChangeKind.MATERIAL),
                Arguments.of("legal basis stated for the first time", true, "      legalBasis: consent\n", "",
                        List.of("CHANGED purpose 'Send the newsletter' legal basis"), ChangeKind.EDITORIAL),
                Arguments.of("purpose uses a category it did not", false,
                        "      categories: [account]\n      legalBasis: consent",
                        "      categories: [account, usage]\n      legalBasis: consent",
                        List.of("CHANGED purpose 'Send the newsletter' data categories material"), ChangeKind.MATERIAL),
                Arguments.of("purpose uses fewer categories", false,
                        "      categories: [account, notes]\n      legalBasis: contract",
                        "      categories: [account]\n      legalBasis: contract",
                        List.of("CHANGED purpose 'Provide the service' data categories"), ChangeKind.EDITORIAL),
                Arguments.of("purpose's categories stated for the first time", true,
                        "      categories: [account]\n      legalBasis: consent", "      legalBasis: consent",
                        List.of("CHANGED purpose 'Send the newsletter' data categories"), ChangeKind.EDITORIAL),
                Arguments.of("new transfer", false, emailProvider, "      role: processor\n      transfers:\n"
                        + "        - { country: US, mechanism: sccs }\n",
                        List.of("ADDED international transfer 'United States (E-mail provider)' null material"),
                        ChangeKind.MATERIAL),
                Arguments.of("transfer mechanism changed", false, "          mechanism: sccs",
                        "          mechanism: bcrs",
                        List.of("CHANGED international transfer 'United States (Hosting provider)' mechanism material"),
                        ChangeKind.MATERIAL),
                Arguments.of("UK transfer mechanism changed", false, "ukMechanism: uk-addendum", "ukMechanism: idta",
                        List.of("CHANGED international transfer 'United States (Hosting provider)' UK mechanism"
                                + " material"), ChangeKind.MATERIAL),
                Arguments.of("transfer removed", false, "      transfers:\n        - country: US\n          mechanism:"
                        + " sccs\n          ukMechanism: uk-addendum\n          copy: Write to"
                        + " privacy@kestrel-notes.example for a copy of the clauses.\n", "      transfers: none\n",
                        List.of("REMOVED international transfer 'United States (Hosting provider)' null"),
                        ChangeKind.EDITORIAL),
                Arguments.of("no transfer stated for the first time", true, emailProvider, "      role: processor\n",
                        List.of("CHANGED recipient 'E-mail provider' international transfers"), ChangeKind.EDITORIAL),
                Arguments.of("recipient becomes a controller", false, "      role: public-authority",
                        "      role: controller",
                        List.of("CHANGED recipient 'Authorities' role material"), ChangeKind.MATERIAL),
                Arguments.of("recipient a processor was becomes a controller sold to", false, emailProvider,
                        "      role: controller\n      sold: true\n      sharedForAdvertising: false\n"
                                + "      transfers: none\n",
                        List.of("CHANGED recipient 'E-mail provider' role material",
                                "CHANGED recipient 'E-mail provider' sold material",
                                "CHANGED recipient 'E-mail provider' shared for advertising"), ChangeKind.MATERIAL),
                Arguments.of("a processor stated not sold to", false, emailProvider,
                        "      role: processor\n      sold: false\n      transfers: none\n",
                        List.of("CHANGED recipient 'E-mail provider' sold"), ChangeKind.EDITORIAL),
                Arguments.of("new source", false, "      kind: third-party\n", "      kind: third-party\n"
                        + "    - id: import\n      name: Files you import\n      kind: the-person\n",
                        List.of("ADDED source 'Files you import' null material"), ChangeKind.MATERIAL),
                Arguments.of("category drawing on a source it did not", false,
                        "      sources: [you]\n      ccpaCategories: [sensory-data]",
                        "      sources: [you, sign-in-provider]\n      ccpaCategories: [sensory-data]",
                        List.of("CHANGED data category 'Notes' sources material"), ChangeKind.MATERIAL),
                Arguments.of("source becomes publicly available", false, "      kind: third-party",
                        "      kind: publicly-available",
                        List.of("CHANGED source 'The sign-in provider you choose (for example your company's identity"
                                + " provider)' kind material"), ChangeKind.MATERIAL),
                Arguments.of("new California category", false, "ccpaCategories: [identifiers]",
                        "ccpaCategories: [identifiers, commercial-information]",
                        List.of("CHANGED data category 'Account information' California categories material"),
                        ChangeKind.MATERIAL),
                Arguments.of("providing becomes required", false, "        requirement: voluntary",
                        "        requirement: contractual",
                        List.of("CHANGED data category 'Notes' provision material"), ChangeKind.MATERIAL),
                Arguments.of("providing becomes voluntary", false, "        requirement: contract-entry",
                        "        requirement: voluntary",
                        List.of("CHANGED data category 'Account information' provision"), ChangeKind.EDITORIAL),
                Arguments.of("an element must be provided where its category need not", false,
                        "        - { id: attachments, label: attachments }",
                        "        - { id: attachments, label: attachments, provision: { requirement: statutory } }",
                        List.of("CHANGED element of Notes 'attachments' provision material"), ChangeKind.MATERIAL),
                Arguments.of("new automated decision", false, "  automatedDecisions: none",
                        "  automatedDecisions:\n    - id: fraud-score\n      name: Fraud score\n"
                                + "      logic: Sign-ups are compared with known abuse.\n"
                                + "      consequences: A high score blocks the sign-up.",
                        List.of("ADDED automated decision 'Fraud score' null material"), ChangeKind.MATERIAL),
                Arguments.of("no automated decision stated for the first time", true, "  automatedDecisions: none\n",
                        "", List.of("CHANGED automated decisions 'How we use information' automated decisions"),
                        ChangeKind.EDITORIAL),
                Arguments.of("DPO no longer appointed", false,
                        "  dpo:\n    name: Dr. Mira Falk\n    email: dpo@kestrel-notes.example", "  dpo: none-appointed",
                        List.of("CHANGED contact 'Contact' data protection officer"), ChangeKind.EDITORIAL),
                Arguments.of("EU representative appointed", false, "  euRepresentative: none-appointed",
                        "  euRepresentative:\n    name: Kestrel EU Rep\n    email: eu-rep@kestrel-notes.example",
                        List.of("CHANGED contact 'Contact' EU representative"), ChangeKind.EDITORIAL),
                Arguments.of("UK representative no longer stated", false, "  ukRepresentative:\n    name: Kestrel"
                        + " Representative Ltd\n    email: uk-rep@kestrel-notes.example\n    address: 1 Example Street,"
                        + " London EC1A 1AA, United Kingdom\n", "",
                        List.of("CHANGED contact 'Contact' UK representative"), ChangeKind.EDITORIAL),
                Arguments.of("supervisory authority changed", false, "    website: www.datenschutz-berlin.de",
                        "    website: www.bfdi.bund.de",
                        List.of("CHANGED contact 'Contact' supervisory authority"), ChangeKind.EDITORIAL),
                Arguments.of("request method added", false,
                        "    - { kind: web-form, address: \"https://kestrel-notes.example/account/privacy\" }",
                        "    - { kind: web-form, address: \"https://kestrel-notes.example/account/privacy\" }\n"
                                + "    - { kind: toll-free-number, address: 1-800-555-0100 }",
                        List.of("ADDED request method '1-800-555-0100' null"), ChangeKind.EDITORIAL),
                Arguments.of("opt-out link stated", false, "  optOutPreferenceSignals:",
                        "  optOutLink: https://kestrel-notes.example/opt-out\n  optOutPreferenceSignals:",
                        List.of("CHANGED sharing 'When we share data' opt-out link"), ChangeKind.EDITORIAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legalFactEdits")
    void classifies_each_change_of_a_legal_fact(String name, boolean firstStated, String from, String to,
            List<String> facts, ChangeKind kind) throws PolicyException {
        Policy example = complete().load();
        Policy edited = complete().replace(from, to).load();
        PolicyDiff diff = firstStated ? PolicyDiff.between(edited, example) : PolicyDiff.between(example, edited);
        assertEquals(facts, described(diff));
        assertEquals(kind, diff.kind());
    }

    @Test
    void the_prose_of_legal_facts_shows_in_the_redline_in_page_order() throws PolicyException {
        PolicyDiff diff = PolicyDiff.between(complete().load(), complete()
                .replace("Protecting your account", "Protecting accounts")
                .replace("Write to privacy@kestrel-notes.example for a copy", "Ask privacy@kestrel-notes.example for a copy")
                .replace("We confirm a request by asking", "We verify a request by asking")
                .replace("Kestrel Notes GmbH, Beispielstraße 1", "Kestrel Notes GmbH, Beispielstraße 2").load());
        assertEquals(List.of(), diff.facts());
        assertEquals(ChangeKind.EDITORIAL, diff.kind());
        assertEquals(List.of("use.purposes.keep-accounts-safe.legitimateInterest",
                "sharing.recipients.hosting.transfers.US.copy", "rights.verification", "contact.address"),
                diff.passages().stream().map(p -> p.after().key()).toList());
        assertEquals("When we share data › Hosting provider › United States", diff.passages().get(1).after().label());
    }

    @Test
    void a_policy_stating_every_legal_fact_has_no_change_against_itself() throws PolicyException {
        assertEquals(ChangeKind.NONE, PolicyDiff.between(complete().load(), complete().load()).kind());
    }
}
