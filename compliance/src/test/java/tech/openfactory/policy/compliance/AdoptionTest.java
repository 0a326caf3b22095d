package tech.openfactory.policy.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.openfactory.policy.compliance.Fixtures.DRIFT;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.model.CodeRules;
import tech.openfactory.policy.model.Policy;

/** Adopting the kit on a codebase that already drifts: freeze what is there, or exempt it with a reason. */
class AdoptionTest {

    private static JavaClasses classes(String... fixtures) {
        return new ClassFileImporter().importPackages(java.util.Arrays.stream(fixtures).map(f -> DRIFT + f).toList());
    }

    private static PolicyRule rule(Policy policy, String id) {
        return PolicyRules.of(policy).rules().stream().filter(r -> r.id().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_frozen_rule_tolerates_known_violations_and_fails_on_new_ones(@TempDir Path store) {
        // FreezingArchRule configures its store from ArchUnit's configuration (archunit.properties in a product).
        ArchConfiguration.get().setProperty("freeze.store.default.path", store.toString());
        ArchConfiguration.get().setProperty("freeze.store.default.allowStoreCreation", "true");
        try {
            checkFrozen();
        } finally {
            ArchConfiguration.get().reset();
        }
    }

    private void checkFrozen() {
        ArchRule frozen = FreezingArchRule.freeze(rule(Fixtures.policy(), "undeclared-personal-data").archRule());
        frozen.check(classes("undeclared"));
        frozen.check(classes("undeclared"));
        AssertionError error = assertThrows(AssertionError.class, () -> frozen.check(classes("undeclared", "undeclared2")));
        assertTrue(error.getMessage().contains(DRIFT + "undeclared2.Lead.email (JPA @Entity) looks like personal data"),
                error.getMessage());
        assertFalse(error.getMessage().contains("Customer.phoneNumber"), error.getMessage());
    }

    @Test
    void an_exemption_in_the_policy_excuses_code_and_is_reported_with_its_reason() {
        Policy base = Fixtures.policy();
        Policy policy = withExemptions(base, List.of(new CodeRules.Exemption("undeclared-personal-data",
                DRIFT + "undeclared.Customer.phoneNumber", "a support line's number, not a person's")));
        CheckResult result = Fixtures.check(policy, DRIFT + "undeclared");
        assertTrue(result.failed().stream().noneMatch(c -> c.rule().id().equals("undeclared-personal-data")));
        assertEquals(List.of(new Exemption("undeclared-personal-data", DRIFT + "undeclared.Customer.phoneNumber",
                "a support line's number, not a person's", "policy.yaml")), result.exemptions());
    }

    @Test
    void a_claim_no_code_backs_is_exempted_by_the_target_its_message_names() {
        Policy policy = withExemptions(Fixtures.policy(), List.of(new CodeRules.Exemption("retention-job",
                "retention.security-logs", "security logs are purged by the log platform, outside this codebase")));
        CheckResult result = Fixtures.check(policy, DRIFT + "retention");
        assertEquals(List.of(new Exemption("retention-job", "retention.security-logs",
                "security logs are purged by the log platform, outside this codebase", "policy.yaml")), result.exemptions());
        assertTrue(result.clauses().stream().filter(c -> c.rule() == RuleId.EXEMPTIONS).allMatch(ClauseResult::passed));
    }

    @Test
    void an_exempt_annotation_must_name_a_rule_of_the_kit_and_a_reason() {
        ClauseResult exemptions = Fixtures.check(Fixtures.policy(), DRIFT + "badexempt").clauses().stream()
                .filter(c -> c.rule() == RuleId.EXEMPTIONS).findFirst().orElseThrow();
        assertEquals(List.of(DRIFT + "badexempt.Lead.email is @Exempt(rule = \"undeclared-data\"), which is no rule of"
                + " the kit, so it excuses nothing; write one of: personal-data-declared, undeclared-personal-data,"
                + " stale-element, encryption, security-data, denied-sdk, no-training, recipient-adapter,"
                + " recipient-categories, retention-job, removal-after-deletion, rights-handler, cookie-declared, cookie-consent, cookie-security,"
                + " minimum-age",
                DRIFT + "badexempt.Lead.phone is @Exempt(rule = \"undeclared-personal-data\") without a reason; say why"
                        + " the rule does not apply, for legal to read in the report"), exemptions.violations());
    }

    @Test
    void an_exemption_that_excuses_nothing_fails_the_check() {
        Policy policy = withExemptions(Fixtures.policy(), List.of(new CodeRules.Exemption("undeclared-personal-data",
                DRIFT + "undeclared.Customer.faxNumber", "gone")));
        ClauseResult exemptions = Fixtures.check(policy, DRIFT + "undeclared").clauses().stream()
                .filter(c -> c.rule().id().equals("exemptions")).findFirst().orElseThrow();
        assertEquals(List.of("the exemption of " + DRIFT + "undeclared.Customer.faxNumber (undeclared-personal-data) in"
                + " code.exemptions excused nothing: no such code, or it no longer breaks the rule; remove the exemption"
                + " from the policy file"), exemptions.violations());
    }

    @Test
    void storage_packages_that_hold_no_class_are_reported() {
        Policy p = Fixtures.policy();
        CodeRules code = new CodeRules(List.of("com.example.nowhere.."), List.of(), List.of(), List.of(), List.of());
        Policy policy = new Policy(p.title(), p.controller(), p.effective(), p.lastUpdated(), p.summary(), p.intro(),
                p.collection(), p.use(), p.restrictions(), p.sharing(), p.retention(), p.rights(), p.security(),
                p.cookies(), p.childrenAndChanges(), p.contact(), code, p.lint());
        ClauseResult undeclared = Fixtures.check(policy, DRIFT + "stale").clauses().stream()
                .filter(c -> c.rule().id().equals("undeclared-personal-data")).findFirst().orElseThrow();
        assertEquals(List.of("0 persisted types found among the 1 imported classes (no JPA @Entity, @Embeddable or"
                + " @MappedSuperclass, no Spring Data @Document or @Table, no Spring Data repository, no MyBatis @Mapper or"
                + " mapper XML, no code.storagePackages), so no personal data could be checked; name your storage: import"
                + " the packages that hold it, or list them in code.storagePackages of the policy file" + Fixtures.exempt("undeclared-personal-data", "inventory"),
                "code.storagePackages names com.example.nowhere.., but no imported class is in it, so nothing"
                + " there was checked; correct the package name in the policy file" + Fixtures.exempt("undeclared-personal-data", "code.storagePackages.com.example.nowhere..")), undeclared.violations());
    }

    @Test
    void an_exemption_for_a_rule_that_does_not_exist_is_refused() {
        Policy policy = withExemptions(Fixtures.policy(), List.of(new CodeRules.Exemption("undeclared-data", "x", "y")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolicyCheck.builder().policy(policy).packages("x").build());
        assertEquals("the policy file: code.exemptions[0].rule: unknown rule 'undeclared-data'; write one of:"
                + " personal-data-declared, undeclared-personal-data, stale-element, encryption, security-data, denied-sdk,"
                + " no-training, recipient-adapter, recipient-categories, retention-job, removal-after-deletion, rights-handler, cookie-declared,"
                + " cookie-consent, cookie-security, minimum-age", e.getMessage());
    }

    @Test
    void a_check_that_imports_nothing_fails_instead_of_passing() {
        AssertionError e = assertThrows(AssertionError.class, () -> PolicyCheck.builder().policy(Fixtures.policy())
                .packages("com.example.nothing.here").reportDirectory(null).build().run());
        assertEquals("No classes were imported from [com.example.nothing.here], so nothing could be checked against"
                + " the Privacy Policy; name the packages of your production code", e.getMessage());
    }

    @Test
    void the_report_lists_every_clause_with_its_evidence_in_json_and_html(@TempDir Path dir) throws Exception {
        CheckResult result = PolicyCheck.builder().policy(Fixtures.policy())
                .classes(classes("retention")).reportDirectory(dir).build().run();
        String json = Files.readString(dir.resolve("report.json"));
        String html = Files.readString(dir.resolve("report.html"));
        for (ClauseResult clause : result.clauses()) {
            assertTrue(json.contains(clause.clause().replace("\"", "\\\"")), clause.clause());
            assertTrue(html.contains(clause.clause().replace("&", "&amp;")), clause.clause());
        }
        assertTrue(json.contains("\"rule\": \"retention-job\""));
        assertTrue(html.contains("declares it keeps ISO images for 60 days, but the policy says 90 days"));
    }

    @Test
    void a_failed_check_names_each_clause_and_its_violations_in_one_message() {
        CheckResult result = Fixtures.check(Fixtures.policy(), DRIFT + "age");
        AssertionError e = assertThrows(AssertionError.class, result::assertNoViolations);
        assertTrue(e.getMessage().startsWith("The code does not do what the Privacy Policy of OpenFactory Inc., last"
                + " updated 2026-04-08 (the policy file) says: "), e.getMessage());
        assertTrue(e.getMessage().contains("\n§9 Children and policy changes — Children: sign-up requires an age of at"
                + " least 16 [minimum-age]\n  - " + DRIFT + "age.Signup.MINIMUM_AGE enforces a minimum age of 13"),
                e.getMessage());
    }

    private static Policy withExemptions(Policy p, List<CodeRules.Exemption> exemptions) {
        CodeRules code = new CodeRules(p.code().storagePackages(), p.code().personalDataNames(),
                p.code().deniedSdkPackages(), p.code().trainingApis(), exemptions);
        return new Policy(p.title(), p.controller(), p.effective(), p.lastUpdated(), p.summary(), p.intro(),
                p.collection(), p.use(), p.restrictions(), p.sharing(), p.retention(), p.rights(), p.security(),
                p.cookies(), p.childrenAndChanges(), p.contact(), code, p.lint());
    }
}
