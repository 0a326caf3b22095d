package tech.openfactory.service.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tech.openfactory.policy.compliance.ContractResult;
import tech.openfactory.service.account.Account;
import tech.openfactory.service.account.Registration;
import tech.openfactory.service.builds.IsoImagePurgeJob;
import tech.openfactory.service.conversations.AiAssistant;
import tech.openfactory.service.conversations.Conversation;
import tech.openfactory.service.privacy.AccountEraser;
import tech.openfactory.service.privacy.DataExporter;
import tech.openfactory.service.web.Visits;

/**
 * Drifts in what the code does, with every annotation left as it was: the static check passes them, and each fails
 * exactly its clause of the contracts, with what was observed and the fix.
 */
class BehaviourDriftTest {
    private static final String REVIEW = "or change privacy/policy.yaml in privacy-policy-2026.04.08.jar and get legal's"
            + " review";

    /** The clauses that did not pass, with what was seen, after one part of the service was replaced. */
    private static Map<String, String> failures(Consumer<ServiceFixture> drift) {
        ServiceFixture service = new ServiceFixture();
        drift.accept(service);
        Map<String, String> failures = new TreeMap<>();
        for (ContractResult r : service.contracts().reportDirectory(null).build().verify()) {
            if (r.outcome() != ContractResult.Outcome.PASSED) {
                failures.put(r.clause(), r.outcome().words() + ": " + r.detail());
            }
        }
        return failures;
    }

    @Test
    void the_service_as_written_passes_every_contract() {
        assertEquals(Map.of(), failures(s -> {}));
    }

    @Test
    void an_iso_purge_that_keeps_900_days() {
        assertEquals(Map.of("§5 Retention — ISO images: purged within 90 days of the build", "failed at run time: ISO"
                + " images made 91 days before 2026-06-15 survived the purge job, but the policy says purged within 90"
                + " days; make the job delete them once they are older than 90 days, " + REVIEW),
                failures(s -> s.isoPurge = (db, store, clock) -> new IsoImagePurgeJob(db, store, clock) {
                    @Override
                    protected Duration keep() {
                        return Duration.ofDays(900);
                    }
                }));
    }

    @Test
    void an_eraser_that_leaves_the_security_log() {
        assertEquals(Map.of("§6 Your rights and controls — Deletion: every category has an eraser", "failed at run time:"
                + " after erasing a person, security/ip-address, security/user-agent, security/authentication-events,"
                + " security/service-telemetry still hold their data; erase every element of the categories the right"
                + " covers, " + REVIEW),
                failures(s -> s.eraser = new AccountEraser(s.database, s.artifacts) {
                    @Override
                    protected void eraseSecurityLog(long accountId) {
                        // forgotten
                    }
                }));
    }

    @Test
    void an_exporter_that_drops_the_conversations() {
        String access = failures(s -> s.exporter = new DataExporter(s.database) {
            @Override
            protected Map<String, List<String>> conversations(long accountId) {
                return Map.of();
            }
        }).get("§6 Your rights and controls — Access: every category has an exporter");
        assertEquals("failed at run time: the export of a person lacks conversations/conversation,"
                + " conversations/draft-artifacts (exported: account/authentication-identifiers, account/email-address,"
                + " account/name, account/profile-image, builds/build-logs, builds/build-settings,"
                + " builds/generated-images, builds/recipes, builds/test-results, organizations/integration-credentials,"
                + " organizations/organization-membership, organizations/roles, security/authentication-events,"
                + " security/ip-address, security/service-telemetry, security/user-agent); export every element of the"
                + " categories the right covers, under its category/element key, " + REVIEW, access);
    }

    @Test
    void an_analytics_cookie_set_without_consent() {
        assertEquals(Map.of("§8 Cookies and analytics — Analytics cookies: set only with consent (not required)",
                "failed at run time: the service set of_analytics (anonymous visit) without consent, but the policy"
                        + " marks Analytics cookies not required; set it only after consent, " + REVIEW),
                failures(s -> s.visits = new Visits() {
                    @Override
                    protected boolean consented(Boolean consentOnRecord) {
                        return true;
                    }
                }));
    }

    @Test
    void an_ai_adapter_that_sends_the_account_email() {
        assertEquals(Map.of("§4 When we share data — adapters handle only the data categories the policy lets their"
                + " recipient receive", "failed at run time: what the service sends AI and processing providers holds"
                + " account/email-address, which the policy lets it receive only conversations; stop passing that data,"
                + " or add the category to the recipient in privacy/policy.yaml in privacy-policy-2026.04.08.jar with"
                + " legal's review"),
                failures(s -> s.assistant = client -> new AiAssistant(client) {
                    @Override
                    protected List<String> prompt(Conversation conversation) {
                        List<String> prompt = new ArrayList<>(super.prompt(conversation));
                        s.database.all(Account.class).stream().filter(a -> a.id() == conversation.accountId())
                                .forEach(a -> prompt.add("reply to " + a.email()));
                        return prompt;
                    }
                }));
    }

    @Test
    void a_sign_up_that_accepts_age_15() {
        assertEquals(Map.of("§9 Children and policy changes — Children: sign-up requires an age of at least 16",
                "failed at run time: sign-up accepted a person aged 15, but the policy says the service is not for"
                        + " children under 16; refuse sign-up below 16, " + REVIEW),
                failures(s -> s.registration = (db, clock) -> new Registration(db, clock) {
                    @Override
                    protected boolean oldEnough(LocalDate birthDate, LocalDate today) {
                        return Period.between(birthDate, today).getYears() >= 15;
                    }
                }));
    }
}
