package tech.openfactory.policy.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The optional facts a notice must state (legal bases, sources, California categories, provision, transfers,
 * appointments, request methods, kinds of right, lint.accepted): the complete example reads back every one of
 * them, the repository policy states none, and each mistake in them is one located problem that says what to write.
 */
class LegalFactsLoaderTest {
    private static final String F = PolicyFile.NAME;
    private static final Path ROOT = Path.of(System.getProperty("policy.projectRoot", ".."));

    /** examples/complete-policy, which states every fact; problems are reported under {@link PolicyFile#NAME}. */
    private static PolicyFile complete() {
        try {
            return PolicyFile.of(Files.readString(ROOT.resolve("examples/complete-policy/content/privacy/policy.yaml")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The example with the facts it leaves out added: an element's own provision, an opt-out link, lint.accepted. */
    private static PolicyFile completer() {
        return complete()
                .replace("        - { id: name, label: name }",
                        "        - id: name\n"
                        + "          label: name\n"
                        + "          provision:\n"
                        + "            requirement: voluntary\n"
                        + "            ifNotProvided: We address you by your e-mail address.")
                .replace("  optOutPreferenceSignals: >-",
                        "  optOutLink: https://kestrel-notes.example/privacy/opt-out\n  optOutPreferenceSignals: >-")
                .replace("    - id: complaint\n", "    - id: complaint\n      kind: complaint\n")
                .replace("    website: www.datenschutz-berlin.de",
                        "    website: www.datenschutz-berlin.de\n\n"
                        + "lint:\n"
                        + "  accepted:\n"
                        + "    - item: ccpa-sensitive\n"
                        + "      reason: We collect no sensitive personal information.\n");
    }

    /** One mistake planted in the example gives exactly this one problem. */
    private static void assertProblem(PolicyFile file, String expected) {
        assertEquals(List.of(expected), file.problems());
    }

    private static String at(PolicyFile file, String fragment, int column) {
        return F + ":" + file.lineOf(fragment) + ":" + column + ": ";
    }

    @Nested
    class TheCompleteExample {
        private final Policy policy = load();

        private Policy load() {
            try {
                return completer().load();
            } catch (PolicyException e) {
                throw new AssertionError(e.problems().toString(), e);
            }
        }

        @Test
        void loads_as_published() throws PolicyException {
            assertEquals("Kestrel Notes GmbH", complete().load().controller());
        }

        @Test
        void reads_the_legal_basis_and_legitimate_interest_of_each_purpose() {
            List<Purpose> purposes = policy.use().purposes();
            assertEquals(List.of(LegalBasis.CONTRACT, LegalBasis.LEGITIMATE_INTERESTS, LegalBasis.CONSENT),
                    purposes.stream().map(Purpose::legalBasis).toList());
            assertEquals(List.of("account", "notes"), purposes.get(0).categories());
            assertNull(purposes.get(0).legitimateInterest());
            assertEquals(new Prose("Protecting your account and the service from people who try to break into them."),
                    purposes.get(1).legitimateInterest());
            assertNull(purposes.get(2).legitimateInterest());
        }

        @Test
        void reads_the_sources_and_which_categories_come_from_them() {
            Policy.Collection collection = policy.collection();
            assertEquals(List.of(
                    new Source("you", "You, when you sign up and write notes", Source.Kind.THE_PERSON, null),
                    new Source("sign-in-provider",
                            "The sign-in provider you choose (for example your company's identity provider)",
                            Source.Kind.THIRD_PARTY, new Prose("It tells us your verified name and e-mail address"
                                    + " when you sign in with it."))), collection.sources());
            assertEquals(List.of(List.of("you", "sign-in-provider"), List.of("you"), List.of("you")),
                    collection.categories().stream().map(DataCategory::sources).toList());
            assertEquals(Source.Kind.THIRD_PARTY, collection.source("sign-in-provider").orElseThrow().kind());
        }

        @Test
        void reads_the_california_categories() {
            assertEquals(List.of(List.of(CcpaCategory.IDENTIFIERS), List.of(CcpaCategory.SENSORY_DATA),
                            List.of(CcpaCategory.INTERNET_ACTIVITY)),
                    policy.collection().categories().stream().map(DataCategory::ccpaCategories).toList());
            assertTrue(policy.collection().categories().stream().noneMatch(DataCategory::sensitive));
        }

        @Test
        void reads_provision_with_the_category_as_default_and_an_element_overriding_it() {
            DataCategory account = policy.collection().categories().get(0);
            Provision entry = new Provision(Provision.Requirement.CONTRACT_ENTRY,
                    new Prose("We cannot open an account for you."));
            assertEquals(entry, account.provision());
            Provision own = new Provision(Provision.Requirement.VOLUNTARY,
                    new Prose("We address you by your e-mail address."));
            assertEquals(own, account.element("name").orElseThrow().provision());
            assertEquals(own, account.provisionOf(account.element("name").orElseThrow()));
            assertNull(account.element("email-address").orElseThrow().provision());
            assertEquals(entry, account.provisionOf(account.element("email-address").orElseThrow()));
            assertEquals(new Provision(Provision.Requirement.VOLUNTARY, null),
                    policy.collection().categories().get(1).provision());
            assertEquals(Provision.Requirement.CONTRACTUAL,
                    policy.collection().categories().get(2).provision().requirement());
        }

        @Test
        void reads_roles_and_transfers_where_none_is_an_empty_list() {
            List<Recipient> recipients = policy.sharing().recipients();
            assertEquals(List.of(Recipient.Role.PROCESSOR, Recipient.Role.PROCESSOR, Recipient.Role.PUBLIC_AUTHORITY),
                    recipients.stream().map(Recipient::role).toList());
            assertEquals(List.of(new Transfer("US", Transfer.Mechanism.SCCS, Transfer.Mechanism.UK_ADDENDUM,
                    new Prose("Write to privacy@kestrel-notes.example for a copy of the clauses."))),
                    recipients.get(0).transfers());
            assertEquals("United States", recipients.get(0).transfers().get(0).countryName());
            assertEquals(List.of(), recipients.get(1).transfers());
            assertEquals(List.of(), recipients.get(2).transfers());
            assertTrue(recipients.stream().allMatch(r -> r.sold() == null && r.sharedForAdvertising() == null));
            assertEquals(java.util.Optional.of(false), recipients.get(0).sells());
        }

        @Test
        void reads_the_opt_out_link_and_the_preference_signals() {
            assertEquals("https://kestrel-notes.example/privacy/opt-out", policy.sharing().optOutLink());
            assertTrue(policy.sharing().optOutPreferenceSignals().markdown().startsWith("We do not sell or share"));
        }

        @Test
        void reads_the_appointments_where_none_appointed_is_the_statement() {
            Policy.Contact contact = policy.contact();
            assertEquals(new Appointment(true, "Dr. Mira Falk", "dpo@kestrel-notes.example", null), contact.dpo());
            assertSame(Appointment.NONE, contact.euRepresentative());
            assertEquals(new Appointment(true, "Kestrel Representative Ltd", "uk-rep@kestrel-notes.example",
                    new Prose("1 Example Street, London EC1A 1AA, United Kingdom")), contact.ukRepresentative());
            assertEquals(new Prose("Kestrel Notes GmbH, Beispielstraße 1, 10115 Berlin, Germany"), contact.address());
            assertEquals(new SupervisoryAuthority("Berliner Beauftragte für Datenschutz und Informationsfreiheit",
                    "www.datenschutz-berlin.de"), contact.supervisoryAuthority());
        }

        @Test
        void reads_request_methods_verification_and_authorized_agents() {
            Policy.Rights rights = policy.rights();
            assertEquals(List.of(new RequestMethod(RequestMethod.Kind.EMAIL, "privacy@kestrel-notes.example"),
                    new RequestMethod(RequestMethod.Kind.WEB_FORM, "https://kestrel-notes.example/account/privacy")),
                    rights.requestMethods());
            assertEquals(new Prose("We confirm a request by asking you to sign in, or by writing to the e-mail"
                    + " address on the account."), rights.verification());
            assertEquals(new Prose("Someone you authorise in writing may make a request for you; we then confirm it"
                    + " with you directly."), rights.authorizedAgents());
        }

        @Test
        void reads_the_kind_of_each_right_from_kind_or_from_an_id_that_names_one() {
            assertEquals(List.of(Right.Kind.ACCESS, Right.Kind.RECTIFICATION, Right.Kind.ERASURE,
                    Right.Kind.RESTRICTION, Right.Kind.OBJECTION, Right.Kind.PORTABILITY, Right.Kind.WITHDRAW_CONSENT,
                    Right.Kind.COMPLAINT, Right.Kind.NON_DISCRIMINATION),
                    policy.rights().rights().stream().map(Right::kind).toList());
            assertTrue(policy.rights().has(Right.Kind.ERASURE));
            assertTrue(!policy.rights().has(Right.Kind.OPT_OUT_OF_SALE_OR_SHARING));
        }

        @Test
        void a_written_kind_wins_over_the_id() throws PolicyException {
            Right right = complete().replace("    - id: restriction\n", "    - id: restriction\n      kind: objection\n")
                    .load().rights().rights().get(3);
            assertEquals(Right.Kind.OBJECTION, right.kind());
        }

        @Test
        void an_id_that_names_no_kind_leaves_the_kind_unstated() throws PolicyException {
            Right right = complete().replace("    - id: restriction\n", "    - id: pause-processing\n")
                    .load().rights().rights().get(3);
            assertNull(right.kind());
        }

        @Test
        void reads_that_there_are_no_automated_decisions() {
            assertEquals(List.of(), policy.use().automatedDecisions());
        }

        @Test
        void reads_an_automated_decision() throws PolicyException {
            Policy withOne = complete().replace("  automatedDecisions: none", "  automatedDecisions:\n"
                    + "    - id: abuse-score\n"
                    + "      name: Abuse score\n"
                    + "      logic: A score from sign-in failures.\n"
                    + "      consequences: A high score locks the account for an hour.").load();
            assertEquals(List.of(new AutomatedDecision("abuse-score", "Abuse score",
                    new Prose("A score from sign-in failures."), new Prose("A high score locks the account for an hour."))),
                    withOne.use().automatedDecisions());
        }

        @Test
        void reads_the_gaps_legal_accepts() throws PolicyException {
            List<AcceptedGap> accepted = List.of(new AcceptedGap("ccpa-sensitive",
                    "We collect no sensitive personal information."));
            assertEquals(new Policy.Lint(accepted), policy.lint());
            assertEquals(accepted, policy.acceptedGaps());
            assertEquals(List.of(), complete().load().acceptedGaps());
            assertNull(complete().load().lint());
        }

        @Test
        void reads_a_toll_free_number_and_a_postal_address() throws PolicyException {
            Policy withMore = complete().replace("    - { kind: email, address: privacy@kestrel-notes.example }\n",
                    "    - { kind: email, address: privacy@kestrel-notes.example }\n"
                    + "    - { kind: toll-free-number, address: 1-800-555-0100 }\n"
                    + "    - { kind: postal-mail, address: \"Kestrel Notes GmbH, Beispielstraße 1, 10115 Berlin\" }\n")
                    .load();
            assertEquals(List.of(RequestMethod.Kind.EMAIL, RequestMethod.Kind.TOLL_FREE_NUMBER,
                    RequestMethod.Kind.POSTAL_MAIL, RequestMethod.Kind.WEB_FORM),
                    withMore.rights().requestMethods().stream().map(RequestMethod::kind).toList());
            assertEquals("1-800-555-0100", withMore.rights().requestMethods().get(1).address());
        }
    }

    @Nested
    class TheRepositoryPolicy {
        @Test
        void states_none_of_the_optional_facts() throws PolicyException {
            Policy policy = PolicyLoader.builder().build().load(ROOT.resolve("content/privacy/policy.yaml"));
            assertAll(
                    () -> assertNull(policy.collection().sources(), "collection.sources"),
                    () -> assertTrue(policy.collection().categories().stream().allMatch(c -> c.sources() == null
                            && c.ccpaCategories() == null && c.provision() == null
                            && c.elements().stream().allMatch(e -> e.provision() == null)), "categories"),
                    () -> assertTrue(policy.use().purposes().stream().allMatch(p -> p.legalBasis() == null
                            && p.legitimateInterest() == null), "purposes"),
                    () -> assertNull(policy.use().automatedDecisions(), "use.automatedDecisions"),
                    () -> assertTrue(policy.sharing().recipients().stream().allMatch(r -> r.role() == null
                            && r.transfers() == null && r.sold() == null && r.sharedForAdvertising() == null),
                            "recipients"),
                    () -> assertNull(policy.sharing().optOutLink(), "sharing.optOutLink"),
                    () -> assertNull(policy.sharing().optOutPreferenceSignals(), "sharing.optOutPreferenceSignals"),
                    () -> assertNull(policy.rights().requestMethods(), "rights.requestMethods"),
                    () -> assertNull(policy.rights().verification(), "rights.verification"),
                    () -> assertNull(policy.rights().authorizedAgents(), "rights.authorizedAgents"),
                    () -> assertNull(policy.contact().address(), "contact.address"),
                    () -> assertNull(policy.contact().dpo(), "contact.dpo"),
                    () -> assertNull(policy.contact().euRepresentative(), "contact.euRepresentative"),
                    () -> assertNull(policy.contact().ukRepresentative(), "contact.ukRepresentative"),
                    () -> assertNull(policy.contact().supervisoryAuthority(), "contact.supervisoryAuthority"),
                    () -> assertNull(policy.lint(), "lint"),
                    () -> assertEquals(List.of(), policy.acceptedGaps(), "acceptedGaps"));
        }

        @Test
        void still_knows_the_kinds_of_its_rights_from_their_ids() throws PolicyException {
            Policy policy = PolicyLoader.builder().build().load(ROOT.resolve("content/privacy/policy.yaml"));
            assertTrue(policy.rights().has(Right.Kind.ACCESS));
            assertTrue(policy.rights().has(Right.Kind.ERASURE));
        }
    }

    @Nested
    class LegalBasisProblems {
        @Test
        void unknown_basis_suggests_the_nearest() {
            PolicyFile file = complete().replace("legalBasis: contract", "legalBasis: contracts");
            assertProblem(file, at(file, "legalBasis: contracts", 19) + "use.purposes[0].legalBasis: unknown legal"
                    + " basis 'contracts'; did you mean 'contract'? Write one of: consent, contract, legal-obligation,"
                    + " vital-interests, public-task, legitimate-interests");
        }

        @Test
        void unknown_basis_far_from_any_lists_them_all() {
            PolicyFile file = complete().replace("legalBasis: contract", "legalBasis: because");
            assertProblem(file, at(file, "legalBasis: because", 19) + "use.purposes[0].legalBasis: unknown legal"
                    + " basis 'because'; write one of: consent, contract, legal-obligation, vital-interests,"
                    + " public-task, legitimate-interests");
        }

        @Test
        void legitimate_interest_with_another_basis() {
            PolicyFile file = complete().replace("      legalBasis: consent",
                    "      legalBasis: consent\n      legitimateInterest: Telling people about new features.");
            assertProblem(file, at(file, "legitimateInterest: Telling", 7) + "use.purposes[2].legitimateInterest:"
                    + " goes only with legalBasis: legitimate-interests, and this purpose's basis is consent; remove"
                    + " it, or change the basis");
        }

        @Test
        void legitimate_interest_without_a_basis() {
            PolicyFile file = complete().replace("      legalBasis: consent",
                    "      legitimateInterest: Telling people about new features.");
            assertProblem(file, at(file, "legitimateInterest: Telling", 7) + "use.purposes[2].legitimateInterest:"
                    + " goes only with legalBasis: legitimate-interests, and this purpose states no basis; add"
                    + " legalBasis: legitimate-interests, or remove it");
        }

        @Test
        void an_unknown_basis_is_not_also_a_mismatch_with_the_interest() {
            PolicyFile file = complete().replace("legalBasis: legitimate-interests", "legalBasis: legitimate-interest");
            assertProblem(file, at(file, "legalBasis: legitimate-interest", 19) + "use.purposes[1].legalBasis:"
                    + " unknown legal basis 'legitimate-interest'; did you mean 'legitimate-interests'? Write one of:"
                    + " consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests");
        }
    }

    @Nested
    class SourceProblems {
        @Test
        void an_undefined_source_is_reported_at_its_item() {
            PolicyFile file = complete().replace("sources: [you, sign-in-provider]", "sources: [you, sign-in-providr]");
            assertProblem(file, at(file, "sign-in-providr", 22) + "collection.categories[0].sources[1]: unknown"
                    + " source 'sign-in-providr'; did you mean 'sign-in-provider'? The ids defined under"
                    + " collection.sources are: you, sign-in-provider");
        }

        @Test
        void an_undefined_source_in_a_block_list_is_reported_at_its_line() {
            PolicyFile file = complete().replace("      sources: [you]\n      ccpaCategories: [sensory-data]",
                    "      sources:\n        - you\n        - partners\n      ccpaCategories: [sensory-data]");
            assertProblem(file, at(file, "- partners", 11) + "collection.categories[1].sources[1]: unknown source"
                    + " 'partners'; write one of the ids defined under collection.sources: you, sign-in-provider");
        }

        @Test
        void a_source_listed_twice() {
            PolicyFile file = complete().replace("sources: [you, sign-in-provider]", "sources: [you, you]");
            assertProblem(file, at(file, "sources: [you, you]", 22) + "collection.categories[0].sources[1]: 'you' is"
                    + " listed twice; remove one");
        }

        @Test
        void an_empty_list_of_sources() {
            PolicyFile file = complete().replace("sources: [you, sign-in-provider]", "sources: []");
            assertProblem(file, at(file, "sources: []", 16) + "collection.categories[0].sources: is an empty list;"
                    + " name at least one id defined under collection.sources, or remove sources: when the policy does"
                    + " not say");
        }

        @Test
        void sources_referred_to_without_collection_sources() {
            PolicyFile file = complete().replace(complete().text().substring(complete().text().indexOf("  sources:\n"),
                    complete().text().indexOf("  categories:\n")), "");
            assertProblem(file, at(file, "  title: What we collect", 3) + "collection: missing key 'sources', which"
                    + " collection.categories[0].sources refers to; add sources: with an id:, name: and kind: for each"
                    + " of: you, sign-in-provider");
        }

        @Test
        void collection_sources_that_are_no_list_are_one_problem_not_one_per_reference() {
            String text = complete().text();
            PolicyFile file = complete().replace(text.substring(text.indexOf("  sources:\n"),
                    text.indexOf("  categories:\n")), "  sources: you\n");
            assertProblem(file, at(file, "sources: you", 12) + "collection.sources: expected a list, found 'you';"
                    + " write each item on its own line starting with '- '");
        }

        @Test
        void an_unknown_kind_of_source() {
            PolicyFile file = complete().replace("kind: third-party", "kind: third-parties");
            assertProblem(file, at(file, "kind: third-parties", 13) + "collection.sources[1].kind: unknown kind of"
                    + " source 'third-parties'; did you mean 'third-party'? Write one of: the-person, third-party,"
                    + " publicly-available");
        }

        @Test
        void a_kind_of_source_nothing_like_the_known_ones() {
            PolicyFile file = complete().replace("kind: third-party", "kind: partner");
            assertProblem(file, at(file, "kind: partner", 13) + "collection.sources[1].kind: unknown kind of source"
                    + " 'partner'; write one of: the-person, third-party, publicly-available");
        }

        @Test
        void a_source_id_used_twice() {
            PolicyFile file = complete().replace("    - id: sign-in-provider", "    - id: you")
                    .replace("sources: [you, sign-in-provider]", "sources: [you]");
            assertProblem(file, F + ":" + (file.lineOf("name: The sign-in provider") - 1) + ":11:"
                    + " collection.sources[1].id: duplicate id 'you', already used at line " + file.lineOf("- id: you")
                    + ":11; give each source its own id");
        }
    }

    @Nested
    class CcpaCategoryProblems {
        @Test
        void an_unknown_category_at_its_item() {
            PolicyFile file = complete().replace("ccpaCategories: [identifiers]", "ccpaCategories: [identifiers, geolocations]");
            assertProblem(file, at(file, "geolocations", 37) + "collection.categories[0].ccpaCategories[1]: unknown"
                    + " California category 'geolocations'; did you mean 'geolocation'? Write one of: identifiers,"
                    + " customer-records, protected-classifications, commercial-information, biometric-information,"
                    + " internet-activity, geolocation, sensory-data, professional-information, education-information,"
                    + " inferences, sensitive-personal-information");
        }

        @Test
        void a_category_listed_twice_at_the_second() {
            PolicyFile file = complete().replace("ccpaCategories: [internet-activity]",
                    "ccpaCategories:\n        - internet-activity\n        - geolocation\n        - internet-activity");
            int second = file.lineOf("- geolocation") + 1;
            assertProblem(file, F + ":" + second + ":11: collection.categories[2].ccpaCategories[2]:"
                    + " 'internet-activity' is listed twice; remove one");
        }

        @Test
        void a_single_word_where_a_list_belongs() {
            PolicyFile file = complete().replace("ccpaCategories: [identifiers]", "ccpaCategories: identifiers");
            assertProblem(file, at(file, "ccpaCategories: identifiers", 23) + "collection.categories[0].ccpaCategories:"
                    + " expected a list, found 'identifiers'; write each item on its own line starting with '- '");
        }
    }

    @Nested
    class ProvisionProblems {
        @Test
        void an_unknown_requirement() {
            PolicyFile file = complete().replace("requirement: voluntary", "requirement: optional");
            assertProblem(file, at(file, "requirement: optional", 22) + "collection.categories[1].provision.requirement:"
                    + " unknown requirement 'optional'; write one of: statutory, contractual, contract-entry, voluntary");
        }

        @Test
        void a_requirement_without_its_key() {
            PolicyFile file = complete().replace("      provision:\n        requirement: voluntary",
                    "      provision: voluntary");
            assertProblem(file, at(file, "provision: voluntary", 18) + "collection.categories[1].provision: expected a"
                    + " mapping, found 'voluntary'; write requirement: voluntary on the line below, indented (or"
                    + " provision: { requirement: voluntary })");
        }

        @Test
        void a_consequence_without_a_requirement() {
            PolicyFile file = complete().replace("        requirement: contractual\n", "");
            assertProblem(file, at(file, "ifNotProvided: The service cannot", 9) + "collection.categories[2].provision:"
                    + " missing key 'requirement'; add requirement: to this mapping");
        }

        @Test
        void an_element_with_an_unknown_requirement() {
            PolicyFile file = complete().replace("        - { id: notes, label: notes }",
                    "        - { id: notes, label: notes, provision: { requirement: mandatory } }");
            assertProblem(file, at(file, "mandatory", 64) + "collection.categories[1].elements[0].provision.requirement:"
                    + " unknown requirement 'mandatory'; write one of: statutory, contractual, contract-entry, voluntary");
        }
    }

    @Nested
    class TransferProblems {
        private final PolicyFile base = complete();

        private PolicyFile country(String code) {
            return base.replace("        - country: US", "        - country: " + code);
        }

        private static String countryProblem(PolicyFile file, String code, String fix) {
            return at(file, "country: " + code, 20) + "sharing.recipients[0].transfers[0].country: '" + code
                    + "' is not an ISO 3166-1 country code; " + fix;
        }

        @Test
        void transfers_as_a_word_other_than_none() {
            PolicyFile file = base.replace("      role: processor\n      transfers: none",
                    "      role: processor\n      transfers: nowhere");
            assertProblem(file, at(file, "transfers: nowhere", 18) + "sharing.recipients[1].transfers: expected a list"
                    + " or none, found 'nowhere'; write none when there are none, or one item per line starting with '- '");
        }

        @Test
        void transfers_as_one_mapping_instead_of_a_list() {
            PolicyFile file = base.replace("      role: processor\n      transfers: none",
                    "      role: processor\n      transfers: { country: US }");
            assertProblem(file, at(file, "transfers: { country: US }", 18) + "sharing.recipients[1].transfers: expected"
                    + " a list or none, found a mapping; write none when there are none, or one item per line starting"
                    + " with '- '");
        }

        @Test
        void an_empty_list_of_transfers_says_there_are_none() throws PolicyException {
            Policy policy = base.replace("      role: processor\n      transfers: none",
                    "      role: processor\n      transfers: []").load();
            assertEquals(List.of(), policy.sharing().recipients().get(1).transfers());
        }

        @Test
        void absent_transfers_are_not_stated() throws PolicyException {
            Policy policy = base.replace("      role: processor\n      transfers: none\n", "      role: processor\n").load();
            assertNull(policy.sharing().recipients().get(1).transfers());
        }

        @Test
        void an_alpha_3_code() {
            PolicyFile file = country("USA");
            assertProblem(file, countryProblem(file, "USA", "write US"));
        }

        @Test
        void a_lower_case_code() {
            PolicyFile file = country("us");
            assertProblem(file, countryProblem(file, "us", "write US"));
        }

        @Test
        void uk_for_the_united_kingdom() {
            PolicyFile file = country("UK");
            assertProblem(file, countryProblem(file, "UK", "write GB"));
        }

        @Test
        void a_code_that_is_no_country() {
            PolicyFile file = country("XX");
            assertProblem(file, countryProblem(file, "XX", "write the two capital letters of the country, e.g. US for"
                    + " the United States or IN for India"));
        }

        @Test
        void a_uk_ground_under_mechanism() {
            PolicyFile file = base.replace("mechanism: sccs", "mechanism: idta");
            assertProblem(file, at(file, "mechanism: idta", 22) + "sharing.recipients[0].transfers[0].mechanism: 'idta'"
                    + " is a ground under the UK GDPR only; move it to ukMechanism:, and write here one of: adequacy,"
                    + " sccs, bcrs, derogation");
        }

        @Test
        void the_eu_clauses_under_uk_mechanism() {
            PolicyFile file = base.replace("ukMechanism: uk-addendum", "ukMechanism: sccs");
            assertProblem(file, at(file, "ukMechanism: sccs", 24) + "sharing.recipients[0].transfers[0].ukMechanism:"
                    + " 'sccs' is a ground under the GDPR only; move it to mechanism:, and write here one of: adequacy,"
                    + " bcrs, derogation, idta, uk-addendum (uk-addendum for the EU clauses with the UK Addendum)");
        }

        @Test
        void an_unknown_mechanism() {
            PolicyFile file = base.replace("mechanism: sccs", "mechanism: scc");
            assertProblem(file, at(file, "mechanism: scc", 22) + "sharing.recipients[0].transfers[0].mechanism: unknown"
                    + " transfer mechanism 'scc'; did you mean 'sccs'? Write one of: adequacy, sccs, bcrs, derogation");
        }

        @Test
        void a_transfer_without_a_country() {
            PolicyFile file = base.replace("        - country: US\n          mechanism: sccs",
                    "        - mechanism: sccs");
            assertProblem(file, at(file, "- mechanism: sccs", 11) + "sharing.recipients[0].transfers[0]: missing key"
                    + " 'country'; add country: to this mapping");
        }
    }

    @Nested
    class AppointmentProblems {
        private final PolicyFile base = complete();

        @Test
        void yes_instead_of_who() {
            PolicyFile file = base.replace("  dpo:\n    name: Dr. Mira Falk\n    email: dpo@kestrel-notes.example",
                    "  dpo: yes");
            assertProblem(file, at(file, "dpo: yes", 8) + "contact.dpo: expected none-appointed or a name and e-mail,"
                    + " found 'yes'; write none-appointed, or name: and email: on their own lines");
        }

        @Test
        void none_instead_of_none_appointed() {
            PolicyFile file = base.replace("euRepresentative: none-appointed", "euRepresentative: none");
            assertProblem(file, at(file, "euRepresentative: none", 21) + "contact.euRepresentative: expected"
                    + " none-appointed or a name and e-mail, found 'none'; write none-appointed, or name: and email:"
                    + " on their own lines");
        }

        @Test
        void a_bad_e_mail_address() {
            PolicyFile file = base.replace("email: uk-rep@kestrel-notes.example", "email: uk-rep at kestrel-notes");
            assertProblem(file, at(file, "uk-rep at", 12) + "contact.ukRepresentative.email: 'uk-rep at kestrel-notes'"
                    + " is not an e-mail address; write one such as privacy@example.com");
        }

        @Test
        void a_name_without_an_e_mail() {
            PolicyFile file = base.replace("    email: dpo@kestrel-notes.example\n", "");
            assertProblem(file, at(file, "name: Dr. Mira Falk", 5) + "contact.dpo: missing key 'email'; add email:"
                    + " to this mapping");
        }

        @Test
        void a_supervisory_authority_website_written_as_a_link() {
            PolicyFile file = base.replace("website: www.datenschutz-berlin.de", "website: https://www.datenschutz-berlin.de/");
            assertProblem(file, at(file, "https://www.datenschutz", 14) + "contact.supervisoryAuthority.website:"
                    + " 'https://www.datenschutz-berlin.de/' is not a host name; write the host alone:"
                    + " www.datenschutz-berlin.de");
        }

        @Test
        void a_supervisory_authority_website_that_is_no_address() {
            PolicyFile file = base.replace("website: www.datenschutz-berlin.de", "website: the Berlin authority");
            assertProblem(file, at(file, "the Berlin authority", 14) + "contact.supervisoryAuthority.website:"
                    + " 'the Berlin authority' is not a host name; write the authority's web address without https://,"
                    + " such as www.edpb.europa.eu");
        }

        @Test
        void a_supervisory_authority_website_may_name_a_page() throws PolicyException {
            Policy policy = base.replace("website: www.datenschutz-berlin.de",
                    "website: www.datenschutz-berlin.de/beschwerde").load();
            assertEquals("www.datenschutz-berlin.de/beschwerde", policy.contact().supervisoryAuthority().website());
        }

        @Test
        void a_supervisory_authority_without_a_name() {
            PolicyFile file = base.replace("    name: Berliner Beauftragte für Datenschutz und Informationsfreiheit\n", "");
            assertProblem(file, at(file, "website: www.datenschutz", 5) + "contact.supervisoryAuthority: missing key"
                    + " 'name'; add name: to this mapping");
        }
    }

    @Nested
    class LinkProblems {
        private PolicyFile optOut(String link) {
            return complete().replace("  optOutPreferenceSignals: >-", "  optOutLink: " + link + "\n  optOutPreferenceSignals: >-");
        }

        private static String linkProblem(PolicyFile file, String written, String problem) {
            return at(file, "optOutLink:", 15) + "sharing.optOutLink: '" + written + "' " + problem;
        }

        @Test
        void a_script() {
            PolicyFile file = optOut("\"javascript:alert(1)\"");
            assertProblem(file, linkProblem(file, "javascript:alert(1)", "is not an https link; write the full"
                    + " address, starting with https://, such as https://example.com/privacy/opt-out"));
        }

        @Test
        void plain_http() {
            PolicyFile file = optOut("http://kestrel-notes.example/opt-out");
            assertProblem(file, linkProblem(file, "http://kestrel-notes.example/opt-out", "is a plain http link; write"
                    + " it with https://, as https://kestrel-notes.example/opt-out"));
        }

        @Test
        void a_host_without_a_top_level_domain() {
            PolicyFile file = optOut("https://localhost/");
            assertProblem(file, linkProblem(file, "https://localhost/", "does not name a public host: 'localhost' has"
                    + " no top-level domain such as .com; write the address readers open, such as"
                    + " https://example.com/privacy/opt-out"));
        }

        @Test
        void no_scheme() {
            PolicyFile file = optOut("kestrel-notes.example/opt-out");
            assertProblem(file, linkProblem(file, "kestrel-notes.example/opt-out", "has no https:// in front; write"
                    + " https://kestrel-notes.example/opt-out"));
        }

        @Test
        void a_user_name_before_the_host() {
            PolicyFile file = optOut("https://kestrel-notes.example@evil.example/opt-out");
            assertProblem(file, linkProblem(file, "https://kestrel-notes.example@evil.example/opt-out", "has a user"
                    + " name before the host; remove the part up to the @, as in https://example.com/privacy/opt-out"));
        }
    }

    @Nested
    class RequestMethodProblems {
        private final PolicyFile base = complete();
        private static final String FORM = "{ kind: web-form, address: \"https://kestrel-notes.example/account/privacy\" }";

        @Test
        void an_e_mail_method_with_no_address() {
            PolicyFile file = base.replace("{ kind: email, address: privacy@kestrel-notes.example }",
                    "{ kind: email, address: privacy }");
            assertProblem(file, at(file, "address: privacy }", 31) + "rights.requestMethods[0].address: 'privacy' is not"
                    + " an e-mail address; write one such as privacy@example.com");
        }

        @Test
        void a_web_form_that_is_not_https() {
            PolicyFile file = base.replace(FORM, "{ kind: web-form, address: \"http://kestrel-notes.example/account/privacy\" }");
            assertProblem(file, at(file, "http://kestrel", 34) + "rights.requestMethods[1].address:"
                    + " 'http://kestrel-notes.example/account/privacy' is a plain http link; write it with https://, as"
                    + " https://kestrel-notes.example/account/privacy");
        }

        @Test
        void a_web_form_that_is_no_link_gets_a_request_example() {
            PolicyFile file = base.replace(FORM, "{ kind: web-form, address: in your account settings }");
            assertProblem(file, at(file, "address: in your account", 34) + "rights.requestMethods[1].address: 'in your account"
                    + " settings' is not an https link; write the full address, starting with https://, such as"
                    + " https://example.com/privacy/request");
        }

        @Test
        void a_toll_free_number_that_is_words() {
            PolicyFile file = base.replace(FORM, "{ kind: toll-free-number, address: call us }");
            assertProblem(file, at(file, "call us", 42) + "rights.requestMethods[1].address: 'call us' is not a"
                    + " telephone number; write the digits people dial, such as 1-800-555-0100 or +44 20 7946 0000");
        }

        @Test
        void an_unknown_kind_of_method() {
            PolicyFile file = base.replace(FORM, "{ kind: webform, address: \"https://kestrel-notes.example/account/privacy\" }");
            assertProblem(file, at(file, "kind: webform", 15) + "rights.requestMethods[1].kind: unknown request method"
                    + " 'webform'; did you mean 'web-form'? Write one of: email, web-form, toll-free-number, postal-mail,"
                    + " in-person");
        }

        @Test
        void a_method_without_an_address() {
            PolicyFile file = base.replace(FORM, "{ kind: in-person }");
            assertProblem(file, at(file, "{ kind: in-person }", 7) + "rights.requestMethods[1]: missing key 'address';"
                    + " add address: to this mapping");
        }
    }

    @Nested
    class RightProblems {
        @Test
        void an_unknown_kind_of_right() {
            PolicyFile file = complete().replace("    - id: complaint\n", "    - id: complaint\n      kind: complain\n");
            assertProblem(file, at(file, "kind: complain", 13) + "rights.rights[7].kind: unknown kind of right"
                    + " 'complain'; did you mean 'complaint'? Write one of: access, rectification, erasure, restriction,"
                    + " objection, portability, withdraw-consent, complaint, opt-out-of-sale-or-sharing,"
                    + " limit-sensitive-data, non-discrimination");
        }

        @Test
        void an_alias_is_read_from_an_id_but_kind_takes_the_law_s_word() {
            PolicyFile file = complete().replace("    - id: deletion\n", "    - id: deletion\n      kind: deletion\n");
            assertProblem(file, at(file, "kind: deletion", 13) + "rights.rights[2].kind: unknown kind of right"
                    + " 'deletion'; write one of: access, rectification, erasure, restriction, objection, portability,"
                    + " withdraw-consent, complaint, opt-out-of-sale-or-sharing, limit-sensitive-data, non-discrimination");
        }
    }

    @Nested
    class OtherProblems {
        @Test
        void automated_decisions_as_a_word_other_than_none() {
            PolicyFile file = complete().replace("automatedDecisions: none", "automatedDecisions: no");
            assertProblem(file, at(file, "automatedDecisions: no", 23) + "use.automatedDecisions: expected a list or"
                    + " none, found 'no'; write none when there are none, or one item per line starting with '- '");
        }

        @Test
        void an_automated_decision_without_its_consequences() {
            PolicyFile file = complete().replace("  automatedDecisions: none", "  automatedDecisions:\n"
                    + "    - id: abuse-score\n      name: Abuse score\n      logic: A score from sign-in failures.");
            assertProblem(file, at(file, "- id: abuse-score", 7) + "use.automatedDecisions[0]: missing key"
                    + " 'consequences'; add consequences: to this mapping");
        }

        @Test
        void an_unknown_role() {
            PolicyFile file = complete().replace("role: public-authority", "role: authority");
            assertProblem(file, at(file, "role: authority", 13) + "sharing.recipients[2].role: unknown role 'authority';"
                    + " write one of: processor, controller, public-authority");
        }

        @Test
        void sold_that_is_not_true_or_false() {
            PolicyFile file = complete().replace("role: public-authority", "role: public-authority\n      sold: never");
            assertProblem(file, at(file, "sold: never", 13) + "sharing.recipients[2].sold: expected true or false,"
                    + " found 'never'; write true or false");
        }

        @Test
        void an_accepted_gap_without_a_reason() {
            PolicyFile file = complete().replace("    website: www.datenschutz-berlin.de",
                    "    website: www.datenschutz-berlin.de\n\nlint:\n  accepted:\n    - item: ccpa-sensitive\n");
            assertProblem(file, at(file, "- item: ccpa-sensitive", 7) + "lint.accepted[0]: missing key 'reason'; add"
                    + " reason: to this mapping");
        }

        @Test
        void an_accepted_gap_with_an_empty_reason() {
            PolicyFile file = complete().replace("    website: www.datenschutz-berlin.de",
                    "    website: www.datenschutz-berlin.de\n\nlint:\n  accepted:\n    - item: ccpa-sensitive\n      reason:\n");
            assertProblem(file, at(file, "      reason:", 14) + "lint.accepted[0].reason: expected text, found nothing;"
                    + " write the text after the colon");
        }

        @Test
        void accepted_as_one_word() {
            PolicyFile file = complete().replace("    website: www.datenschutz-berlin.de",
                    "    website: www.datenschutz-berlin.de\n\nlint:\n  accepted: ccpa-sensitive\n");
            assertProblem(file, at(file, "accepted: ccpa-sensitive", 13) + "lint.accepted: expected a list, found"
                    + " 'ccpa-sensitive'; write each item on its own line starting with '- '");
        }
    }

    @Test
    void reports_every_mistake_of_the_file_in_one_run_in_file_order() {
        PolicyFile file = complete()
                .replace("kind: third-party", "kind: partner")
                .replace("sources: [you, sign-in-provider]", "sources: [you, sign-in-providr]")
                .replace("requirement: voluntary", "requirement: optional")
                .replace("legalBasis: contract", "legalBasis: contracts")
                .replace("        - country: US", "        - country: USA")
                .replace("mechanism: sccs", "mechanism: idta")
                .replace("  optOutPreferenceSignals: >-", "  optOutLink: https://localhost/\n  optOutPreferenceSignals: >-")
                .replace("{ kind: email, address: privacy@kestrel-notes.example }", "{ kind: email, address: privacy }")
                .replace("euRepresentative: none-appointed", "euRepresentative: none");
        List<String> problems = file.problems();
        assertEquals(List.of(
                at(file, "kind: partner", 13) + "collection.sources[1].kind: unknown kind of source 'partner'; write"
                        + " one of: the-person, third-party, publicly-available",
                at(file, "sign-in-providr", 22) + "collection.categories[0].sources[1]: unknown source"
                        + " 'sign-in-providr'; did you mean 'sign-in-provider'? The ids defined under collection.sources"
                        + " are: you, sign-in-provider",
                at(file, "requirement: optional", 22) + "collection.categories[1].provision.requirement: unknown"
                        + " requirement 'optional'; write one of: statutory, contractual, contract-entry, voluntary",
                at(file, "legalBasis: contracts", 19) + "use.purposes[0].legalBasis: unknown legal basis 'contracts';"
                        + " did you mean 'contract'? Write one of: consent, contract, legal-obligation, vital-interests,"
                        + " public-task, legitimate-interests",
                at(file, "country: USA", 20) + "sharing.recipients[0].transfers[0].country: 'USA' is not an ISO 3166-1"
                        + " country code; write US",
                at(file, "mechanism: idta", 22) + "sharing.recipients[0].transfers[0].mechanism: 'idta' is a ground"
                        + " under the UK GDPR only; move it to ukMechanism:, and write here one of: adequacy, sccs, bcrs,"
                        + " derogation",
                at(file, "optOutLink:", 15) + "sharing.optOutLink: 'https://localhost/' does not name a public host:"
                        + " 'localhost' has no top-level domain such as .com; write the address readers open, such as"
                        + " https://example.com/privacy/opt-out",
                at(file, "address: privacy }", 31) + "rights.requestMethods[0].address: 'privacy' is not an e-mail"
                        + " address; write one such as privacy@example.com",
                at(file, "euRepresentative: none", 21) + "contact.euRepresentative: expected none-appointed or a name"
                        + " and e-mail, found 'none'; write none-appointed, or name: and email: on their own lines"),
                problems);
    }
}
