package tech.openfactory.policy.compliance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.openfactory.policy.compliance.PolicyRule;
import tech.openfactory.policy.compliance.PolicyRules;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyLoader;
import tech.openfactory.policy.compliance.CheckResult;
import tech.openfactory.policy.compliance.ClauseResult;
import tech.openfactory.policy.compliance.ClauseResult.Subject;
import tech.openfactory.policy.compliance.RuleId;

/** The parts of the SARIF report a real run rarely shows: Kotlin and nested sources, moved lines, a missing source. */
class SarifWriterTest {

    private static Subject field(String type, String name, String file) {
        return new Subject(Subject.Kind.FIELD, type + "." + name, type, name, file, 0);
    }

    /**
     * Every clause the rules make is found in the policy by the item it was made from: its rule id carries the item's
     * id, and its findings that no code backs are shown at the item's line. A rule whose clause is worded anew and no
     * longer found here fails this, rather than renaming every alert.
     */
    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/fixture/policy.yaml", "../content/privacy/policy.yaml",
            "../examples/fixtures/jpa-app/src/test/resources/privacy/policy.yaml",
            "../examples/fixtures/javax-app/src/test/resources/privacy/policy.yaml"})
    void every_clause_is_found_at_the_item_of_the_policy_it_was_made_from(String file) throws Exception {
        Policy policy = PolicyLoader.builder().build().load(Path.of(file));
        PolicyPlaces places = PolicyPlaces.of(policy);
        List<String> lost = new ArrayList<>();
        for (PolicyRule rule : PolicyRules.of(policy).rules()) {
            PolicyPlaces.Place place = places.clause(rule.id(), rule.clause());
            if (place.path().isEmpty()) {
                lost.add(rule.id() + ": " + rule.clause());
            }
        }
        assertEquals(List.of(), lost);
    }

    @Test
    void a_fingerprint_survives_moved_lines_and_a_new_version_of_the_policy() {
        String before = SarifWriter.fingerprint("cookie-declared", "com.example.Web.theme",
                "com.example.Web.theme sets cookie 'theme' (line 10); change privacy/policy.yaml in privacy-policy-2026.04.08.jar",
                "privacy/policy.yaml in privacy-policy-2026.04.08.jar");
        String after = SarifWriter.fingerprint("cookie-declared", "com.example.Web.theme",
                "com.example.Web.theme sets cookie 'theme' (line 14); change privacy/policy.yaml in privacy-policy-2026.05.01.jar",
                "privacy/policy.yaml in privacy-policy-2026.05.01.jar");
        assertEquals(before, after);
        assertNotEquals(before, SarifWriter.fingerprint("cookie-declared", "com.example.Web.lang",
                "com.example.Web.theme sets cookie 'theme' (line 10)", ""));
    }

    @Test
    void fields_and_classes_are_found_where_they_are_declared(@TempDir Path root) throws Exception {
        Path java = Files.createDirectories(root.resolve("src/main/java/com/example"));
        Files.writeString(java.resolve("Account.java"), """
                package com.example;

                /** An account; its class Address holds where. */
                public class Account {
                    Account(String email) {
                        this.email = email;
                    }

                    private String email;
                    List<String> names = List.of();

                    String email() {
                        return email;
                    }

                    static class Address {
                        @Column(name = "city")
                        String city;
                    }
                }
                """);
        Files.writeString(java.resolve("Visit.java"), """
                package com.example;

                record Visit(String patient,
                        String note) {}
                """);
        Path kotlin = Files.createDirectories(root.resolve("src/main/kotlin/com/example/people"));
        Files.writeString(kotlin.resolve("People.kt"), """
                package com.example

                data class Person(val firstName: String, var email: String)

                class Registry {
                    val emails: List<String> = listOf()
                }
                """);
        Sources sources = new Sources(List.of(root.resolve("src/main/java"), root.resolve("src/main/kotlin")));
        Path account = sources.file("com.example.Account", "Account.java").orElseThrow();
        assertEquals(9, sources.line(account, field("com.example.Account", "email", "Account.java")));
        assertEquals(10, sources.line(account, field("com.example.Account", "names", "Account.java")));
        assertEquals(18, sources.line(account, field("com.example.Account$Address", "city", "Account.java")));
        assertEquals(16, sources.line(account, new Subject(Subject.Kind.CLASS, "com.example.Account$Address",
                "com.example.Account$Address", "", "Account.java", 0)));
        assertEquals(4, sources.line(account, new Subject(Subject.Kind.CLASS, "com.example.Account", "com.example.Account",
                "", "Account.java", 0)));
        assertEquals(12, sources.line(account, new Subject(Subject.Kind.METHOD, "com.example.Account.email",
                "com.example.Account", "email", "Account.java", 0)));
        assertEquals(13, sources.line(account, new Subject(Subject.Kind.METHOD, "com.example.Account.email",
                "com.example.Account", "email", "Account.java", 13)), "the bytecode's line, when it has one");

        Path visit = sources.file("com.example.Visit", "Visit.java").orElseThrow();
        assertEquals(4, sources.line(visit, field("com.example.Visit", "note", "Visit.java")));

        // Kotlin: a file named by its bytecode, not in its package's folder.
        Path people = sources.file("com.example.Person", "People.kt").orElseThrow();
        assertTrue(people.endsWith("com/example/people/People.kt"));
        assertEquals(3, sources.line(people, field("com.example.Person", "email", "People.kt")));
        assertEquals(6, sources.line(people, field("com.example.Registry", "emails", "People.kt")));
    }

    @Test
    void code_whose_source_is_not_under_the_roots_is_shown_at_the_policy_and_says_so(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve(".git"));
        Path policy = root.resolve("policy.yaml");
        Files.copy(Path.of("src/test/resources/fixture/policy.yaml"), policy);
        var loaded = PolicyLoader.builder().build().load(policy);
        ClauseResult clause = new ClauseResult(RuleId.UNDECLARED_PERSONAL_DATA, "§1 What we collect — persisted fields"
                + " that can hold personal data are declared", List.of("com.example.gen.Row.email looks personal"),
                List.of(), List.of(), List.of(), List.of(field("com.example.gen.Row", "email", "Row.java")));
        String sarif = SarifWriter.sarif(new CheckResult("the policy", 1, 0, 0, List.of(clause)),
                SarifWriter.Places.of(loaded, policy.toString(), root, null, List.of(Path.of("src/main/java")),
                        SarifWriter.Caller.NONE));
        assertTrue(sarif.contains("\"uri\": \"policy.yaml\""), sarif);
        assertTrue(sarif.contains("com.example.gen.Row.email looks personal [Row.java is not under the source roots"
                + " src/main/java]"), sarif);
    }
}
