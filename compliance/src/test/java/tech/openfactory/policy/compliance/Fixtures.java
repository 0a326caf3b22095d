package tech.openfactory.policy.compliance;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyLoader;

/** The repository's policy, checked against the kit's test fixtures. */
final class Fixtures {
    static final String DRIFT = "tech.openfactory.policy.compliance.drift.";
    static final String REVIEW = "or change the policy file and get legal's review";

    private Fixtures() {}

    /** A frozen copy of the living policy of 2026-04-08: legal's edits never change what these tests expect. */
    static Policy policy() {
        try (var in = Fixtures.class.getResourceAsStream("/fixture/policy.yaml")) {
            return PolicyLoader.builder().build().load("fixture/policy.yaml", in.readAllBytes());
        } catch (PolicyException e) {
            throw new AssertionError(e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What a clause-level finding adds: the target {@code code.exemptions} would name to excuse it. */
    static String exempt(String rule, String target) {
        return " [to exempt it: code.exemptions, rule " + rule + ", target " + target + "]";
    }

    /** The frozen policy with one piece of its text replaced, as a pull request would edit it. */
    static Policy policyWith(String find, String replace) {
        try (var in = Fixtures.class.getResourceAsStream("/fixture/policy.yaml")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!text.contains(find)) {
                throw new AssertionError("the fixture policy does not contain: " + find);
            }
            return PolicyLoader.builder().build().load("fixture/policy.yaml",
                    text.replace(find, replace).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (PolicyException e) {
            throw new AssertionError(e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Clause → violations of one rule on one fixture package, under a given policy. */
    static Map<String, List<String>> failures(Policy policy, String fixture, String rule) {
        Map<String, List<String>> failures = new TreeMap<>();
        for (ClauseResult clause : check(policy, DRIFT + fixture).failed()) {
            if (clause.rule().id().equals(rule)) {
                failures.put(clause.clause(), clause.violations());
            }
        }
        return failures;
    }

    /** Checks the classes of some packages (test classes included: the fixtures are test classes). */
    static CheckResult check(Policy policy, String... packages) {
        return PolicyCheck.builder().policy(policy).classes(new ClassFileImporter().importPackages(packages))
                .reportDirectory(null).build().run();
    }

    /** Clause → violations, for the clauses of one rule that failed on one fixture package. */
    static Map<String, List<String>> failures(String fixture, String rule) {
        Map<String, List<String>> failures = new TreeMap<>();
        for (ClauseResult clause : check(policy(), DRIFT + fixture).failed()) {
            if (clause.rule().id().equals(rule)) {
                failures.put(clause.clause(), clause.violations());
            }
        }
        return failures;
    }
}
