package tech.openfactory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tech.openfactory.policy.compliance.CheckResult;
import tech.openfactory.policy.compliance.ClauseResult;
import tech.openfactory.policy.compliance.PolicyCheck;
import tech.openfactory.policy.model.PolicyLoader;

/**
 * The other direction: the code stays, the policy changes, and the check names each claim the code no longer
 * backs. Each test edits the policy artifact's YAML the way a pull request would.
 */
class PolicyDriftTest {
    private static final String REVIEW = "or change the policy file and get legal's review";

    private static String policy() throws IOException {
        try (InputStream in = PolicyDriftTest.class.getClassLoader().getResourceAsStream(PolicyCheck.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The failed clauses with their violations, after the edits (pairs of text to find and its replacement). */
    private static Map<String, List<String>> failuresAfter(String... edits) throws Exception {
        String text = policy();
        for (int i = 0; i < edits.length; i += 2) {
            if (!text.contains(edits[i])) {
                throw new AssertionError("policy does not contain: " + edits[i]);
            }
            text = text.replace(edits[i], edits[i + 1]);
        }
        var edited = PolicyLoader.builder().build().load("policy.yaml", text.getBytes(StandardCharsets.UTF_8));
        CheckResult result = PolicyCheck.builder().policy(edited).packages("tech.openfactory.service")
                .reportDirectory(null).build().run();
        Map<String, List<String>> failures = new TreeMap<>();
        for (ClauseResult clause : result.failed()) {
            failures.put(clause.clause(), clause.violations());
        }
        return failures;
    }

    @Test
    void a_shorter_iso_retention_fails_the_purge_job() throws Exception {
        assertEquals(Map.of("§5 Retention — ISO images: purged within 60 days of the build", List.of(
                "tech.openfactory.service.builds.IsoImagePurgeJob declares it keeps ISO images for 90 days, but the"
                        + " policy says 60 days; make the job keep 60 days, " + REVIEW)),
                failuresAfter("keptFor: { upTo: 90 days, after: build }", "keptFor: { upTo: 60 days, after: build }"));
    }

    @Test
    void removing_the_analytics_cookie_fails_the_code_that_sets_it() throws Exception {
        String analytics = """
                    - id: analytics
                      name: Analytics cookies
                      purpose: Measure marketing-site traffic and navigation patterns
                      required: false
                      names: [of_analytics]
                """;
        assertEquals(Map.of("§8 Cookies and analytics — every cookie the code sets is one the policy declares", List.of(
                "tech.openfactory.service.web.AnalyticsCookies.count sets cookie 'of_analytics' (it constructs a"
                        + " Servlet Cookie, line 13), which the policy does not declare (it lists session: of_session);"
                        + " stop setting it, or add it to a cookie's names in the policy file with legal's review")),
                failuresAfter(analytics, ""));
    }

    @Test
    void removing_the_ai_recipient_fails_its_adapter() throws Exception {
        String ai = policy().substring(policy().indexOf("    - id: ai-providers\n"), policy().indexOf("    - id: analytics\n"));
        assertEquals(Map.of("§4 When we share data — adapters handle only the data categories the policy lets their"
                + " recipient receive", List.of(
                "tech.openfactory.service.conversations.AiAssistant is declared the adapter of 'ai-providers', a"
                        + " recipient the policy does not have (it has: analytics, infrastructure-providers,"
                        + " legal-obligations); correct the annotation, " + REVIEW)),
                failuresAfter(ai, ""));
    }

    @Test
    void an_element_nobody_stores_is_a_stale_claim() throws Exception {
        assertEquals(Map.of("§1 What we collect — Account information: every element the policy lists is stored by"
                + " declared code", List.of(
                "the policy says Account information includes 'phone number' (account/phone-number), but no field"
                        + " declares @PersonalData(category = \"account\", element = \"phone-number\"); declare the"
                        + " field that stores it, or remove the element from the policy file with legal's"
                        + " review [to exempt it: code.exemptions, rule stale-element, target account.phone-number]")),
                failuresAfter("        - { id: email-address, label: email address }\n",
                        "        - { id: email-address, label: email address }\n"
                                + "        - { id: phone-number, label: phone number }\n",
                        "email address, profile image,", "email address, phone number, profile image,"));
    }
}
