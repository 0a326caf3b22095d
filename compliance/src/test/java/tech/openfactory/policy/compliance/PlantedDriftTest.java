package tech.openfactory.policy.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tech.openfactory.policy.compliance.Fixtures.REVIEW;
import static tech.openfactory.policy.compliance.Fixtures.failures;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each claim of the policy, broken on purpose by a fixture, fails with the message a developer reads. */
class PlantedDriftTest {
    private static final String D = "tech.openfactory.policy.compliance.drift.";
    private static final String LISTED = "session: of_session; analytics: of_analytics";
    private static final String UNDECLARED = "§1 What we collect — persisted fields that can hold personal data are declared";
    private static final String FIX = "Declare it @PersonalData(category = ..., element = ...) with the policy's ids,"
            + " or, if it holds no personal data, mark it @NotPersonal(\"why\")";
    private static final String UNBACKED = ", but no code or configuration sets it; set it under a listed name, remove"
            + " it from the policy file with legal's review, or, if this codebase sets no cookie at all, say so with"
            + " @PolicyScope(without = COOKIES, reason = ...)";

    @Test
    void claim_1_declared_personal_data_must_use_the_policys_ids() {
        assertEquals(Map.of("§1 What we collect — declared personal data names a category and element of the policy", List.of(
                D + "declared.Profile.iban declares category 'billing', which the policy does not have (it has: account,"
                        + " builds, conversations, security, organizations); correct the annotation, " + REVIEW,
                D + "declared.Profile.mail declares element 'e-mail' of account, which the policy does not list (it"
                        + " lists: name, email-address, profile-image, authentication-identifiers); correct the"
                        + " annotation, " + REVIEW)),
                failures("declared", "personal-data-declared"));
    }

    @Test
    void claim_2_undeclared_personal_data_is_found_by_name_and_says_so() {
        assertEquals(Map.of(UNDECLARED, List.of(
                D + "undeclared.Customer.phoneNumber (JPA @Entity) looks like personal data by its name: 'phone' is a"
                        + " strong word of user.contact.phone_number; a guess by name. " + FIX)),
                failures("undeclared", "undeclared-personal-data"));
    }

    @Test
    void claim_2_a_person_like_type_must_classify_every_field_that_can_hold_text_and_its_weak_words() {
        String personLike = "Member is person-like (it holds Member.email, declared personal data)";
        assertEquals(Map.of(UNDECLARED, List.of(
                D + "unclassified.Member.birthDate (JPA @Entity) looks like personal data by its name: 'birth date' is a"
                        + " weak word of user.demographic.date_of_birth, and counts here because " + personLike
                        + "; a guess by name. " + FIX,
                D + "unclassified.Member.motto (JPA @Entity) can hold text and " + personLike + ", so it may hold"
                        + " personal data, and nothing says whether it does. " + FIX)),
                failures("unclassified", "undeclared-personal-data"));
    }

    @Test
    void claim_3_an_element_no_code_stores_is_a_stale_claim() {
        Map<String, List<String>> failures = failures("stale", "stale-element");
        assertEquals(5, failures.size(), "one clause per category");
        // ArchUnit lists a rule's violations in alphabetical order.
        assertEquals(List.of(
                "the policy says Organization and integration data includes 'integration credentials'"
                        + " (organizations/integration-credentials), but no field declares @PersonalData(category ="
                        + " \"organizations\", element = \"integration-credentials\"); declare the field that stores"
                        + " it, or remove the element from the policy file with legal's review" + Fixtures.exempt("stale-element", "organizations.integration-credentials"),
                "the policy says Organization and integration data includes 'organization membership'"
                        + " (organizations/organization-membership), but no field declares @PersonalData(category ="
                        + " \"organizations\", element = \"organization-membership\"); declare the field that stores"
                        + " it, or remove the element from the policy file with legal's review" + Fixtures.exempt("stale-element", "organizations.organization-membership"),
                "the policy says Organization and integration data includes 'roles' (organizations/roles), but no"
                        + " field declares @PersonalData(category = \"organizations\", element = \"roles\"); declare"
                        + " the field that stores it, or remove the element from the policy file with"
                        + " legal's review" + Fixtures.exempt("stale-element", "organizations.roles")),
                failures.get("§1 What we collect — Organization and integration data: every element the policy lists"
                        + " is stored by declared code"));
    }

    @Test
    void claim_4_a_purge_job_must_keep_data_exactly_as_long_as_the_policy_says() {
        assertEquals(Map.of(
                "§5 Retention — ISO images: purged within 90 days of the build", List.of(
                        D + "retention.IsoCleanup declares it keeps ISO images for 60 days, but the policy says 90"
                                + " days; make the job keep 90 days, " + REVIEW),
                "§5 Retention — Security logs: purged within 90 days", List.of(
                        "the policy says Security logs are purged automatically after 90 days, but no job declares"
                                + " @RetentionJob(rule = \"security-logs\"); write the purge job, "
                                + REVIEW + Fixtures.exempt("retention-job", "retention.security-logs"))),
                failures("retention", "retention-job"));
    }

    @Test
    void claim_5_only_adapters_use_a_recipients_sdk() {
        assertEquals(List.of(D + "adapter.ChatController uses com.openai.fixture.Client of AI and processing providers"
                        + " but is not its adapter; move the call into a class annotated @RecipientAdapter(\"ai-providers\")"),
                failures("adapter", "recipient-adapter").get("§4 When we share data — AI and processing providers: only"
                        + " its declared adapters use com.openai.."));
    }

    @Test
    void claim_5_a_recipient_no_code_calls_is_reported_rather_than_passed() {
        assertEquals(List.of("the policy names software.amazon.awssdk.. as the client libraries of Infrastructure"
                        + " providers, but no imported class uses them and none is its @RecipientAdapter; check the"
                        + " package names in the policy file, or import the code that calls the recipient" + Fixtures.exempt("recipient-adapter", "sharing.infrastructure-providers")),
                failures("adapter", "recipient-adapter").get("§4 When we share data — Infrastructure providers: only"
                        + " its declared adapters use software.amazon.awssdk.."));
    }

    @Test
    void claim_5_an_adapter_sends_only_the_categories_its_recipient_may_receive() {
        assertEquals(Map.of("§4 When we share data — adapters handle only the data categories the policy lets their"
                + " recipient receive", List.of(
                D + "categories.Assistant sends account data to AI and processing providers, which the policy lets"
                        + " receive only conversations; stop passing that data, or add the category to the recipient"
                        + " in the policy file with legal's review")),
                failures("categories", "recipient-categories"));
    }

    @Test
    void claim_5_tracking_sdks_appear_nowhere() {
        assertEquals(Map.of("§3 What we do not do — no advertising, data-broker or tracking SDK is used", List.of(
                D + "denied.Signup uses com.mixpanel.fixture.Tracker, an advertising, data-broker or tracking SDK the"
                        + " policy rules out; remove it, " + REVIEW)),
                failures("denied", "denied-sdk"));
    }

    @Test
    void claim_6_user_data_never_reaches_a_training_api() {
        assertEquals(Map.of("§3 What we do not do — user data never reaches a model training or fine-tuning API", List.of(
                D + "training.ImproveModel handles declared personal data and uses com.openai.fixture.finetuning.Trainer,"
                        + " a training or fine-tuning API; keep user data away from training, " + REVIEW)),
                failures("training", "no-training"));
    }

    @Test
    void claim_7_every_cookie_set_is_declared_under_a_listed_name() {
        assertEquals(Map.of("§8 Cookies and analytics — every cookie the code sets is one the policy declares", List.of(
                D + "cookies.Cookies.legacySession sets cookie 'sid' (it constructs a Servlet Cookie, line 30), which"
                        + " the policy does not declare (it lists " + LISTED + "); stop setting it, or add it to a"
                        + " cookie's names in the policy file with legal's review",
                D + "cookies.Cookies.theme sets cookie 'theme' (it constructs a Servlet Cookie, line 10), which the"
                        + " policy does not declare (it lists " + LISTED + "); stop setting it, or add it to a cookie's"
                        + " names in the policy file with legal's review")),
                failures("cookies", "cookie-declared"));
    }

    @Test
    void claim_7_a_set_cookie_header_is_a_cookie_too() {
        assertEquals(Map.of("§8 Cookies and analytics — every cookie the code sets is one the policy declares", List.of(
                D + "headers.RawHeaders.remember sets cookie 'remember' (it writes a Set-Cookie header, line 8), which"
                        + " the policy does not declare (it lists " + LISTED + "); stop setting it, or add it to a"
                        + " cookie's names in the policy file with legal's review",
                "the policy declares Analytics cookies (named of_analytics)" + UNBACKED + Fixtures.exempt("cookie-declared", "cookies.analytics"),
                "the policy declares Session cookie (named of_session)" + UNBACKED + Fixtures.exempt("cookie-declared", "cookies.session"))),
                failures("headers", "cookie-declared"));
    }

    @Test
    void claim_7_a_cookie_that_is_not_required_waits_for_consent() {
        assertEquals(Map.of("§8 Cookies and analytics — Analytics cookies: set only with consent (not required)", List.of(
                D + "cookies.Cookies.analytics sets Analytics cookies (it constructs a Servlet Cookie, line 16), which"
                        + " the policy marks not required, without"
                        + " consent; run it only after consent and mark it @ConsentGated, " + REVIEW)),
                failures("cookies", "cookie-consent"));
    }

    @Test
    void claim_7_a_required_cookie_is_secure_and_http_only() {
        assertEquals(Map.of("§8 Cookies and analytics — Session cookie: Secure and HttpOnly (required)", List.of(
                D + "cookies.Cookies.session sets Session cookie (it constructs a Servlet Cookie, line 22) without"
                        + " setHttpOnly(true); a required cookie is Secure and HttpOnly (HttpOnly may be left out only"
                        + " for a cookie the policy marks scriptReadable: true)")),
                failures("cookies", "cookie-security"));
    }

    @Test
    void claim_8_every_right_has_its_handler_for_every_category_it_covers() {
        assertEquals(Map.of(
                "§6 Your rights and controls — Correction: Account information has a corrector", List.of(
                        "the policy grants correction for Account information, but no class is annotated @Corrector"
                                + " with \"account\"; write the corrector for it, " + REVIEW + Fixtures.exempt("rights-handler", "rights.correction.account")),
                "§6 Your rights and controls — Deletion: every category has an eraser", List.of(
                        "the policy grants deletion for Organization and integration data, but no class is annotated"
                                + " @Eraser with \"organizations\"; write the eraser for it, " + REVIEW + Fixtures.exempt("rights-handler", "rights.deletion.organizations"))),
                failures("rights", "rights-handler"));
    }

    @Test
    void claim_9_elements_promised_encrypted_are_stored_encrypted() {
        assertEquals(Map.of("§1 What we collect — Organization and integration data: integration credentials are"
                + " stored only encrypted", List.of(
                D + "encryption.Credential.token stores integration credentials, which the policy promises are"
                        + " encrypted, but neither the field, its type nor its class is @Encrypted; store it encrypted"
                        + " and mark it @Encrypted, " + REVIEW)),
                failures("encryption", "encryption"));
    }

    @Test
    void claim_10_the_minimum_age_in_code_is_the_policys() {
        assertEquals(Map.of("§9 Children and policy changes — Children: sign-up requires an age of at least 16", List.of(
                D + "age.Signup.MINIMUM_AGE enforces a minimum age of 13, but the policy says 16; make sign-up require"
                        + " 16, " + REVIEW)),
                failures("age", "minimum-age"));
    }

    @Test
    void claim_10_a_codebase_without_an_age_check_fails_too() {
        assertEquals(Map.of("§9 Children and policy changes — Children: sign-up requires an age of at least 16", List.of(
                "the policy says the service is not for children under 16, but no code declares @MinimumAge; annotate"
                        + " the constant or check that enforces it at sign-up with @MinimumAge(16), or, if this codebase"
                        + " signs nobody up, say so with @PolicyScope(without = SIGN_UP, reason = ...)" + Fixtures.exempt("minimum-age", "children.minimumAge"))),
                failures("stale", "minimum-age"));
    }

    @Test
    void claim_11_ip_addresses_stay_in_security_data() {
        assertEquals(Map.of("§1 What we collect — Security and usage data: IP addresses and user agents are kept only"
                + " as security and usage data", List.of(
                D + "security.LoginAttempt.clientIp looks like an IP address or user agent by its name ('client"
                        + " ip'; a guess by name) but is declared as account data; keep it only in security and"
                        + " usage data types, declared @PersonalData(category = \"security\", element = ...)")),
                failures("security", "security-data"));
    }
}
