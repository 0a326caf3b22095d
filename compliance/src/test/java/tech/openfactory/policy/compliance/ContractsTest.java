package tech.openfactory.policy.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import tech.openfactory.policy.model.DataCategory;
import tech.openfactory.policy.model.DataElement;

/**
 * The contracts on a small in-memory service that behaves as the policy says, then with one behaviour broken at a
 * time: each break fails its clause, named, with what was observed and the fix.
 */
class ContractsTest {
    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final String REVIEW = Fixtures.REVIEW;

    /** A service keeping, per person, values by category/element; each part can be broken on purpose. */
    static final class Service {
        final Map<String, Map<String, List<String>>> people = new LinkedHashMap<>();
        final Map<Long, Instant> isoImages = new TreeMap<>();
        long purgeAfterDays = 90;
        String eraserSkips;
        String exporterDrops;
        boolean analyticsBeforeConsent;
        boolean sessionWithoutSameSite;
        boolean aiSeesEmail;
        int minimumAge = 16;

        PolicyContracts.People people() {
            return new PolicyContracts.People() {
                @Override
                public String seed(String marker) {
                    Map<String, List<String>> values = new TreeMap<>();
                    for (DataCategory c : Fixtures.policy().collection().categories()) {
                        for (DataElement e : c.elements()) {
                            values.put(c.id() + "/" + e.id(), new ArrayList<>(List.of(marker + "-" + e.id())));
                        }
                    }
                    String id = "person-" + (people.size() + 1);
                    people.put(id, values);
                    return id;
                }

                @Override
                public Map<String, List<String>> stored(String person) {
                    return people.getOrDefault(person, Map.of());
                }
            };
        }

        void erase(String person) {
            people.get(person).entrySet().removeIf(e -> !e.getKey().equals(eraserSkips));
        }

        Map<String, ?> export(String person) {
            Map<String, Object> out = new TreeMap<>();
            people.get(person).forEach((k, v) -> {
                if (exporterDrops == null || !k.startsWith(exporterDrops + "/")) {
                    out.put(k, v);
                }
            });
            return out;
        }

        PolicyContracts.Corrector corrector() {
            return new PolicyContracts.Corrector() {
                @Override
                public Set<String> correctable() {
                    return Set.of("account/name", "account/email-address");
                }

                @Override
                public void correct(String person, String element, String value) {
                    people.get(person).put(element, new ArrayList<>(List.of(value)));
                }
            };
        }

        List<String> cookies(PolicyContracts.Flow flow) {
            List<String> headers = new ArrayList<>();
            if (flow == PolicyContracts.Flow.SIGN_IN) {
                headers.add("of_session=abc; Path=/; Secure; HttpOnly" + (sessionWithoutSameSite ? "" : "; SameSite=Lax"));
            }
            if (flow == PolicyContracts.Flow.CONSENT_GIVEN || analyticsBeforeConsent && flow == PolicyContracts.Flow.ANONYMOUS_VISIT) {
                headers.add("of_analytics=v1; Path=/; Max-Age=2592000");
            }
            if (flow == PolicyContracts.Flow.CONSENT_REFUSED) {
                headers.add("of_analytics=; Path=/; Max-Age=0");
            }
            return headers;
        }

        List<String> sent(String recipient, String person) {
            if (!recipient.equals("ai-providers")) {
                return null;
            }
            String conversation = people.get(person).get("conversations/conversation").get(0);
            return List.of("{\"messages\": [\"" + conversation + "\"]"
                    + (aiSeesEmail ? ", \"user\": \"" + people.get(person).get("account/email-address").get(0) + "\"" : "")
                    + "}");
        }

        void purge(Clock clock) {
            isoImages.values().removeIf(builtAt -> builtAt.plus(java.time.Duration.ofDays(purgeAfterDays)).isBefore(clock.instant()));
        }
    }

    private static PolicyContracts.Builder contracts(Service s) {
        PolicyContracts.Retained<Long> images = new PolicyContracts.Retained<>() {
            @Override
            public Long create(Instant at) {
                long id = s.isoImages.size() + 1L;
                s.isoImages.put(id, at);
                return id;
            }

            @Override
            public boolean exists(Long id) {
                return s.isoImages.containsKey(id);
            }
        };
        return PolicyContracts.builder().policy(Fixtures.policy()).now(NOW).reportDirectory(null)
                .retention("iso-images", images, clock -> () -> s.purge(clock))
                .people(s.people()).eraser(s::erase).exporter(s::export).corrector(s.corrector())
                .http(s::cookies).signUp(age -> age >= s.minimumAge).recipients(s::sent);
    }

    /** Runs every dynamic test: clause → "passed: ...", "failed: ..." or "not verified: ...". */
    private static Map<String, String> run(PolicyContracts contracts) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (DynamicNode node : contracts.tests().toList()) {
            DynamicTest test = (DynamicTest) node;
            try {
                test.getExecutable().execute();
                outcomes.put(test.getDisplayName(), "passed");
            } catch (TestAbortedException e) {
                outcomes.put(test.getDisplayName(), "aborted: " + e.getMessage());
            } catch (AssertionError e) {
                outcomes.put(test.getDisplayName(), "failed: " + e.getMessage());
            } catch (Throwable e) {
                throw new AssertionError(e);
            }
        }
        return outcomes;
    }

    private static String outcome(Consumer<Service> breakIt, String clause) {
        Service s = new Service();
        breakIt.accept(s);
        return run(contracts(s).build()).get(clause);
    }

    @Test
    void a_service_that_behaves_as_the_policy_says_passes_every_contract_it_provides() {
        Map<String, String> outcomes = run(contracts(new Service()).build());
        Map<String, String> notPassed = new TreeMap<>();
        outcomes.forEach((clause, outcome) -> {
            if (!outcome.equals("passed")) {
                notPassed.put(clause, outcome);
            }
        });
        assertEquals(Map.of("§5 Retention — Security logs: purged within 90 days",
                "aborted: not verified at run time: no retention(\"security-logs\", ...) was given"), notPassed);
        assertEquals(14, outcomes.size(), String.valueOf(outcomes.keySet()));
    }

    @Test
    void a_purge_job_that_keeps_data_too_long_fails_its_retention_clause() {
        assertEquals("failed: §5 Retention — ISO images: purged within 90 days of the build [retention-job]\n  - ISO"
                + " images made 91 days before 2026-06-15 survived the purge job, but the policy says purged within 90"
                + " days; make the job delete them once they are older than 90 days, " + REVIEW,
                outcome(s -> s.purgeAfterDays = 900, "§5 Retention — ISO images: purged within 90 days of the build"));
        assertEquals("failed: §5 Retention — ISO images: purged within 90 days of the build [retention-job]\n  - ISO"
                + " images made 89 days before 2026-06-15 were purged, but the policy keeps them 90 days; make the job"
                + " delete only what is older than 90 days, " + REVIEW,
                outcome(s -> s.purgeAfterDays = 30, "§5 Retention — ISO images: purged within 90 days of the build"));
    }

    @Test
    void an_eraser_that_forgets_one_element_fails_the_deletion_clause() {
        assertEquals("failed: §6 Your rights and controls — Deletion: every category has an eraser [rights-handler]\n"
                + "  - after erasing a person, builds/build-logs still hold their data; erase every element of the"
                + " categories the right covers, " + REVIEW,
                outcome(s -> s.eraserSkips = "builds/build-logs", "§6 Your rights and controls — Deletion: every"
                        + " category has an eraser"));
    }

    @Test
    void data_still_there_after_the_removal_period_fails_its_removal_clause() {
        assertEquals("failed: §5 Retention — Conversations: removed within 30 days of deletion [removal-after-deletion]\n"
                + "  - conversations/draft-artifacts still hold a deleted person's data 30 days after the deletion (no"
                + " removal(\"conversations\", ...) job was given), but the policy says Conversations are removed within"
                + " 30 days; remove them in time, " + REVIEW,
                outcome(s -> s.eraserSkips = "conversations/draft-artifacts", "§5 Retention — Conversations: removed within"
                        + " 30 days of deletion"));
    }

    @Test
    void an_export_that_drops_a_category_fails_the_access_clause() {
        String outcome = outcome(s -> s.exporterDrops = "conversations", "§6 Your rights and controls — Access: every"
                + " category has an exporter");
        assertTrue(outcome.startsWith("failed: §6 Your rights and controls — Access: every category has an exporter"
                + " [rights-handler]\n  - the export of a person lacks conversations/conversation,"
                + " conversations/draft-artifacts (exported: account/authentication-identifiers, account/email-address,"), outcome);
    }

    @Test
    void an_optional_cookie_set_before_consent_fails_its_consent_clause() {
        assertEquals("failed: §8 Cookies and analytics — Analytics cookies: set only with consent (not required)"
                + " [cookie-consent]\n  - the service set of_analytics (anonymous visit) without consent, but the policy"
                + " marks Analytics cookies not required; set it only after consent, " + REVIEW,
                outcome(s -> s.analyticsBeforeConsent = true, "§8 Cookies and analytics — Analytics cookies: set only with"
                        + " consent (not required)"));
    }

    @Test
    void a_required_cookie_without_same_site_fails_its_security_clause() {
        assertEquals("failed: §8 Cookies and analytics — Session cookie: Secure and HttpOnly (required)"
                + " [cookie-security]\n  - the service set of_session (sign in) without SameSite; a required cookie is"
                + " Secure, HttpOnly (unless the policy marks it scriptReadable) and has a SameSite",
                outcome(s -> s.sessionWithoutSameSite = true, "§8 Cookies and analytics — Session cookie: Secure and"
                        + " HttpOnly (required)"));
    }

    @Test
    void an_adapter_that_sends_a_category_its_recipient_may_not_receive_fails() {
        assertEquals("failed: §4 When we share data — adapters handle only the data categories the policy lets their"
                + " recipient receive [recipient-categories]\n  - what the service sends AI and processing providers"
                + " holds account/email-address, which the policy lets it receive only conversations; stop passing that"
                + " data, or add the category to the recipient in the policy file with legal's review",
                outcome(s -> s.aiSeesEmail = true, "§4 When we share data — adapters handle only the data categories the"
                        + " policy lets their recipient receive"));
    }

    @Test
    void a_sign_up_that_accepts_a_child_fails_the_minimum_age_clause() {
        assertEquals("failed: §9 Children and policy changes — Children: sign-up requires an age of at least 16"
                + " [minimum-age]\n  - sign-up accepted a person aged 15, but the policy says the service is not for"
                + " children under 16; refuse sign-up below 16, " + REVIEW,
                outcome(s -> s.minimumAge = 15, "§9 Children and policy changes — Children: sign-up requires an age of"
                        + " at least 16"));
    }

    @Test
    void a_part_the_service_does_not_provide_is_not_verified_never_passed() {
        Map<String, String> outcomes = run(PolicyContracts.builder().policy(Fixtures.policy()).reportDirectory(null).build());
        assertEquals(14, outcomes.size());
        assertTrue(outcomes.values().stream().allMatch(o -> o.startsWith("aborted: not verified at run time: ")), outcomes.toString());
        assertEquals("aborted: not verified at run time: no people(...) and eraser(...) were given",
                outcomes.get("§6 Your rights and controls — Deletion: every category has an eraser"));
    }

    @Test
    void a_fixture_that_seeds_too_little_is_told_so_rather_than_passed() {
        Service s = new Service();
        PolicyContracts.People lazy = new PolicyContracts.People() {
            @Override
            public String seed(String marker) {
                s.people.put("p", new TreeMap<>(Map.of("account/name", new ArrayList<>(List.of(marker)))));
                return "p";
            }

            @Override
            public Map<String, List<String>> stored(String person) {
                return s.people.get(person);
            }
        };
        String outcome = run(contracts(s).people(lazy).recipients(null).build()).get("§6 Your rights and controls — Correction: Account"
                + " information has a corrector");
        assertEquals("failed: §6 Your rights and controls — Correction: Account information has a corrector"
                + " [rights-handler]\n  - the People fixture stored no value in account/email-address,"
                + " account/profile-image, account/authentication-identifiers for the person it seeded: its seed(marker)"
                + " must fill every element the policy lists, or the contract checks nothing", outcome);
    }

    @Test
    void the_static_check_and_the_contracts_share_one_report(@TempDir Path dir) throws Exception {
        PolicyCheck.builder().policy(Fixtures.policy()).classes(new com.tngtech.archunit.core.importer.ClassFileImporter()
                .importPackages(Fixtures.DRIFT + "age")).reportDirectory(dir).build().run();
        Service s = new Service();
        s.minimumAge = 15;
        run(contracts(s).reportDirectory(dir).build());
        String json = Files.readString(dir.resolve("report.json"));
        assertTrue(json.contains("\"clause\": \"§9 Children and policy changes — Children: sign-up requires an age of at"
                + " least 16\",\n      \"passed\": false,\n      \"checkedStatically\": \"failed\","), json);
        assertTrue(json.contains("\"runTime\": {\"outcome\": \"failed at run time\", \"detail\": \"sign-up accepted a"
                + " person aged 15"), json);
        assertTrue(json.contains("\"runTime\": {\"outcome\": \"not verified at run time\", \"detail\": \"no"
                + " retention(\\\"security-logs\\\", ...) was given\"}"), json);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("rule retention-job · checked statically: failed · verified at run time"), html);
    }
}
