package tech.openfactory.policy.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tech.openfactory.policy.compliance.Fixtures.REVIEW;
import static tech.openfactory.policy.compliance.Fixtures.failures;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the kit reads from the code rather than taking from an annotation: the names cookies are set under, the
 * periods purge jobs compute with, the value of an age constant; and what a codebase says it does not do.
 */
class CodeFactsTest {
    private static final String D = Fixtures.DRIFT;
    private static final String LISTED = "session: of_session; analytics: of_analytics";

    @Test
    void a_cookie_helper_is_followed_to_its_callers_and_a_computed_name_is_taken_from_the_annotation() {
        assertEquals(Map.of("§8 Cookies and analytics — every cookie the code sets is one the policy declares", List.of(
                D + "helper.Controllers.rememberTheme sets cookie 'theme' (it constructs a Servlet Cookie, line 14),"
                        + " which the policy does not declare (it lists " + LISTED + "); stop setting it, or add it to a"
                        + " cookie's names in the policy file with legal's review",
                "the policy declares Analytics cookies (named of_analytics), but no code or configuration sets it; set"
                        + " it under a listed name, remove it from the policy file with legal's review, or, if this"
                        + " codebase sets no cookie at all, say so with @PolicyScope(without = COOKIES, reason = ...)" + Fixtures.exempt("cookie-declared", "cookies.analytics"))),
                failures("helper", "cookie-declared"));
        ClauseResult clause = Fixtures.check(Fixtures.policy(), D + "helper").clauses().stream()
                .filter(c -> c.rule() == RuleId.COOKIE_DECLARED).findFirst().orElseThrow();
        assertEquals(List.of(D + "helper.Controllers.legacy: the name of_session is taken from @SetsCookie; the code"
                + " computes it at run time"), clause.unverified());
    }

    @Test
    void a_purge_period_is_read_from_the_code_and_undeclared_purge_methods_are_offered() {
        assertEquals(Map.of(
                "§5 Retention — ISO images: purged within 90 days of the build", List.of(
                        D + "purge.IsoImages.purge keeps ISO images for 900 days (minus(900, DAYS) at line 18) in its"
                                + " code, but the policy says 90 days; make the job keep 90 days, " + REVIEW),
                "§5 Retention — Security logs: purged within 90 days", List.of(
                        "the policy says Security logs are purged automatically after 90 days, but no job declares"
                                + " @RetentionJob(rule = \"security-logs\"); " + D + "purge.IsoImages.cleanupSecurityLog"
                                + " deletes (List.removeIf): if it purges Security logs, annotate it @RetentionJob(rule ="
                                + " \"security-logs\"); write the purge job, " + REVIEW + Fixtures.exempt("retention-job", "retention.security-logs"))),
                failures("purge", "retention-job"));
    }

    @Test
    void a_period_injected_with_value_is_read_from_the_configuration_or_its_default() {
        assertEquals(Map.of("§5 Retention — ISO images: purged within 90 days of the build", List.of(
                D + "configured.SecurityLogPurge.purgeImages keeps ISO images for 900 days (minus(the configured 900d)"
                        + " at line 24) in its code, but the policy says 90 days; make the job keep 90 days, " + REVIEW)),
                failures("configured", "retention-job"));
        ClauseResult logs = Fixtures.check(Fixtures.policy(), D + "configured").clauses().stream()
                .filter(c -> c.clause().equals("§5 Retention — Security logs: purged within 90 days")).findFirst().orElseThrow();
        assertEquals(List.of(D + "configured.SecurityLogPurge.purgeLogs keeps Security logs for 90 days: Duration.ofDays(90)"
                + " at line 19"), logs.evidence());
    }

    @Test
    void an_age_constant_is_read_not_only_its_annotation() {
        assertEquals(Map.of("§9 Children and policy changes — Children: sign-up requires an age of at least 16", List.of(
                D + "agecode.Signup.MINIMUM_AGE is annotated @MinimumAge(16) but its value in code is 13; make sign-up"
                        + " require 16, " + REVIEW)),
                failures("agecode", "minimum-age"));
    }

    @Test
    void a_codebase_without_sign_up_or_cookies_says_so_and_is_held_to_it() {
        assertEquals(Map.of("§8 Cookies and analytics — every cookie the code sets is one the policy declares", List.of(
                D + "scope.Reports.download sets cookie 'report_seen' (it constructs a Servlet Cookie, line 9), but"
                        + " @PolicyScope on " + D + "scope.package-info says this codebase sets no cookie; stop setting"
                        + " it, or remove COOKIES from the @PolicyScope")),
                failures("scope", "cookie-declared"));
        assertEquals(Map.of(), failures("scope", "minimum-age"));
    }

    @Test
    void an_element_promised_hashed_is_stored_in_a_hashed_field() {
        var policy = Fixtures.policyWith("- { id: authentication-identifiers, label: authentication identifiers }",
                "- { id: authentication-identifiers, label: authentication identifiers, hashed: true }");
        assertEquals(Map.of("§1 What we collect — Account information: authentication identifiers are stored only hashed",
                List.of(D + "hashed.Login.recoveryAnswer stores authentication identifiers, which the policy promises"
                        + " are hashed, but the field is not @Hashed; store it hashed and mark it @Hashed, " + REVIEW)),
                failures(policy, "hashed", "encryption"));
    }

    @Test
    void a_row_declared_as_a_whole_backs_its_element_and_its_text_is_still_asked_about() {
        assertEquals(Map.of("§1 What we collect — declared personal data names a category and element of the policy",
                List.of(D + "record.Appointment declares each of its rows billing/invoices, which the policy does not"
                        + " list (its categories: account, builds, conversations, security, organizations); correct the"
                        + " annotation, " + REVIEW)),
                failures("record", "personal-data-declared"));
        assertEquals(Map.of("§1 What we collect — persisted fields that can hold personal data are declared", List.of(
                D + "record.Appointment.note (JPA @Entity) can hold text and Appointment is person-like (its rows are"
                        + " declared builds/build-logs), so it may hold personal data, and nothing says whether it"
                        + " does. Declare it @PersonalData(category = ..., element = ...) with the policy's ids, or, if"
                        + " it holds no personal data, mark it @NotPersonal(\"why\")")),
                failures("record", "undeclared-personal-data"));
    }

    @Test
    void an_inherited_field_is_declared_for_every_kind_of_person_that_inherits_it() {
        assertEquals(Map.of(
                "§1 What we collect — declared personal data names a category and element of the policy", List.of(
                        D + "inherited.Customer declares @PersonalData(field = \"lastName\", ...), but neither it nor a"
                                + " superclass has a field 'lastName'; name the field as the code spells it"),
                "§1 What we collect — persisted fields that can hold personal data are declared", List.of(
                        D + "inherited.Person.firstName (inherited by " + D + "inherited.Staff) is declared personal"
                                + " data by other subclasses, but not by Staff; add @PersonalData(field = \"firstName\","
                                + " category = ..., element = ...) to Staff")),
                Map.of(
                        "§1 What we collect — declared personal data names a category and element of the policy",
                        failures("inherited", "personal-data-declared").values().iterator().next(),
                        "§1 What we collect — persisted fields that can hold personal data are declared",
                        failures("inherited", "undeclared-personal-data").values().iterator().next()));
    }
}
