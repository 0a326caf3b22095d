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
    static final String REVIEW = "or change content/privacy/policy.yaml and get legal's review";

    private Fixtures() {}

    static Policy policy() {
        try {
            Path root = Path.of(System.getProperty("policy.projectRoot", ".."));
            return PolicyLoader.builder().build().load(root.resolve("content/privacy/policy.yaml"));
        } catch (PolicyException e) {
            throw new AssertionError(e.getMessage(), e);
        }
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
            if (clause.rule().equals(rule)) {
                failures.put(clause.clause(), clause.violations());
            }
        }
        return failures;
    }
}
