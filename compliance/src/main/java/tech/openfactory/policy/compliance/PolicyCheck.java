package tech.openfactory.policy.compliance;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.openfactory.policy.compliance.internal.ReportWriter;
import tech.openfactory.policy.model.CodeRules;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyLoader;

/**
 * The one entry point of the compliance kit: checks a codebase against the privacy policy and writes a
 * traceability report. A product repository adds one test:
 *
 * <pre>{@code
 * @Test
 * void code_does_what_the_privacy_policy_says() {
 *     PolicyCheck.builder().packages("tech.openfactory.service").build().run().assertNoViolations();
 * }
 * }</pre>
 */
public final class PolicyCheck {
    /** Where the policy artifact puts the policy on the classpath. */
    public static final String DEFAULT_RESOURCE = "privacy/policy.yaml";
    /** Where the report goes by default, relative to the working directory (the module, under Maven). */
    public static final Path DEFAULT_REPORT = Path.of("target", "privacy-policy");

    private final Policy policy;
    private final String policyName;
    private final List<String> packages;
    private final JavaClasses classes;
    private final Path reportDirectory;

    private PolicyCheck(Builder b) {
        this.policy = b.policy();
        this.policyName = b.policyName;
        this.packages = List.copyOf(b.packages);
        this.classes = b.classes;
        this.reportDirectory = b.reportDirectory;
        checkExemptions();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Policy policy() {
        return policy;
    }

    /** The rules this policy makes, for use with ArchUnit directly. */
    public PolicyRules rules() {
        return PolicyRules.of(policy);
    }

    /** Imports the classes (unless given), evaluates every clause, writes the report, and returns the results. */
    public CheckResult run() {
        long start = System.nanoTime();
        JavaClasses imported = classes != null ? classes
                : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(packages);
        long importNanos = classes != null ? 0 : System.nanoTime() - start;
        if (imported.isEmpty()) {
            throw new AssertionError("No classes were imported from " + packages + ", so nothing could be checked"
                    + " against the " + policy.title() + "; name the packages of your production code");
        }
        long evaluationStart = System.nanoTime();
        List<ClauseResult> results = new ArrayList<>();
        for (PolicyRule rule : rules().rules()) {
            EvaluationResult evaluation = rule.archRule().evaluate(imported);
            results.add(new ClauseResult(rule.id(), rule.clause(), evaluation.getFailureReport().getDetails(),
                    rule.evidence(), rule.exempted()));
        }
        results.add(unusedExemptions(results));
        long evaluationNanos = System.nanoTime() - evaluationStart;
        CheckResult result = new CheckResult(policy.title() + " of " + policy.controller() + ", last updated "
                + policy.lastUpdated(), imported.size(), importNanos / 1_000_000, evaluationNanos / 1_000_000,
                List.copyOf(results));
        if (reportDirectory != null) {
            ReportWriter.write(result, reportDirectory);
        }
        return result;
    }

    /** An exemption in the policy that excused nothing names code that is gone or misspelt: say so. */
    private ClauseResult unusedExemptions(List<ClauseResult> results) {
        List<String> unused = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (CodeRules.Exemption e : policy.code().exemptions()) {
            boolean hit = results.stream().flatMap(r -> r.exemptions().stream())
                    .anyMatch(x -> x.source().equals("policy.yaml") && x.rule().equals(e.rule())
                            && (x.target().equals(e.target()) || x.target().startsWith(e.target() + ".")));
            (hit ? used : unused).add(e.target() + " (" + e.rule() + ")");
        }
        List<String> violations = unused.stream().map(u -> "the exemption of " + u + " in code.exemptions excused"
                + " nothing: no such code, or it no longer breaks the rule; remove the exemption from"
                + " content/privacy/policy.yaml").toList();
        return new ClauseResult("exemptions", "code.exemptions — every exemption in the policy excuses code that"
                + " exists", violations, used, List.of());
    }

    private void checkExemptions() {
        List<CodeRules.Exemption> exemptions = policy.code().exemptions();
        for (int i = 0; i < exemptions.size(); i++) {
            String rule = exemptions.get(i).rule();
            if (!PolicyRules.ruleIds().contains(rule)) {
                throw new IllegalArgumentException(policyName + ": code.exemptions[" + i + "].rule: unknown rule '"
                        + rule + "'; write one of: " + String.join(", ", PolicyRules.ruleIds()));
            }
        }
    }

    /** The options of a check; each has a default that suits a Maven module's tests. */
    public static final class Builder {
        private Policy policy;
        private String policyName = DEFAULT_RESOURCE;
        private Path policyFile;
        private String resource = DEFAULT_RESOURCE;
        private final List<String> packages = new ArrayList<>();
        private JavaClasses classes;
        private Path reportDirectory = DEFAULT_REPORT;

        private Builder() {}

        /** A policy file on disk instead of the classpath resource. */
        public Builder policyFile(Path file) {
            this.policyFile = file;
            this.policyName = file.toString();
            return this;
        }

        /** The classpath resource holding the policy. Default {@value #DEFAULT_RESOURCE}, as the policy artifact ships it. */
        public Builder policyResource(String resource) {
            this.resource = resource;
            this.policyName = resource;
            return this;
        }

        /** A policy already loaded. */
        public Builder policy(Policy policy) {
            this.policy = policy;
            this.policyName = "the given policy";
            return this;
        }

        /** The packages of the production code to import; their test classes are left out. */
        public Builder packages(String... packages) {
            this.packages.addAll(List.of(packages));
            return this;
        }

        /** Classes already imported, instead of packages. */
        public Builder classes(JavaClasses classes) {
            this.classes = classes;
            return this;
        }

        /** Where the JSON and HTML report are written; null for none. Default {@code target/privacy-policy}. */
        public Builder reportDirectory(Path directory) {
            this.reportDirectory = directory;
            return this;
        }

        public PolicyCheck build() {
            if (classes == null && packages.isEmpty()) {
                throw new IllegalArgumentException("name the packages to check, e.g. packages(\"com.example.service\")");
            }
            return new PolicyCheck(this);
        }

        Policy policy() {
            if (policy != null) {
                return policy;
            }
            PolicyLoader loader = PolicyLoader.builder().build();
            try {
                if (policyFile != null) {
                    return loader.load(policyFile);
                }
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalArgumentException("no " + resource + " on the classpath; add the policy"
                                + " artifact (tech.openfactory.policy:privacy-policy) as a test dependency, or name a"
                                + " file with policyFile(...)");
                    }
                    return loader.load(resource, in.readAllBytes());
                }
            } catch (PolicyException e) {
                throw new IllegalArgumentException("the policy has problems:\n" + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
