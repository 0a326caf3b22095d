package tech.openfactory.policy.compliance;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.openfactory.policy.compliance.internal.CodeIndex;
import tech.openfactory.policy.compliance.internal.ReportWriter;
import tech.openfactory.policy.compliance.internal.SarifWriter;
import tech.openfactory.policy.compliance.internal.Subjects;
import tech.openfactory.policy.model.CodeRules;
import tech.openfactory.policy.model.Policy;

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
    /**
     * Where the checked classes' sources are by default, relative to the working directory (the module, under Maven
     * and Gradle): the SARIF report points code scanning at their lines.
     */
    public static final List<Path> DEFAULT_SOURCE_ROOTS = List.of(Path.of("src", "main", "java"),
            Path.of("src", "main", "kotlin"));

    private final Policy policy;
    private final String source;
    private final List<String> packages;
    private final JavaClasses classes;
    private final Path reportDirectory;
    private final boolean resolveLibraries;
    private final List<Path> sourceRoots;
    private final Path repositoryRoot;

    private PolicyCheck(Builder b) {
        LoadedPolicy loaded = b.load();
        this.policy = loaded.policy();
        this.source = loaded.source();
        this.packages = List.copyOf(b.packages);
        this.classes = b.classes;
        this.reportDirectory = b.reportDirectory;
        this.resolveLibraries = b.resolveLibraries;
        this.sourceRoots = List.copyOf(b.sourceRoots);
        this.repositoryRoot = b.repositoryRoot;
        checkExemptions();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Policy policy() {
        return policy;
    }

    /** Where the policy was loaded from, as messages name it. */
    public String source() {
        return source;
    }

    /** The rules this policy makes, for use with ArchUnit directly. */
    public PolicyRules rules() {
        return PolicyRules.of(policy, source);
    }

    /** Imports the classes (unless given), evaluates every clause, writes the report, and returns the results. */
    public CheckResult run() {
        long start = System.nanoTime();
        JavaClasses imported = classes != null ? classes : importPackages();
        long importNanos = classes != null ? 0 : System.nanoTime() - start;
        if (imported.isEmpty()) {
            throw new AssertionError("No classes were imported from " + packages + ", so nothing could be checked"
                    + " against the " + policy.title() + "; name the packages of your production code");
        }
        long evaluationStart = System.nanoTime();
        List<ClauseResult> results = new ArrayList<>();
        for (PolicyRule rule : rules().rules()) {
            results.add(rule.evaluate(imported));
        }
        results.add(exemptions(results, imported));
        long evaluationNanos = System.nanoTime() - evaluationStart;
        CheckResult result = new CheckResult(policy.title() + " of " + policy.controller() + ", last updated "
                + policy.lastUpdated() + " (" + source + ")", imported.size(), importNanos / 1_000_000,
                evaluationNanos / 1_000_000, results);
        if (reportDirectory != null) {
            ReportWriter.write(result, reportDirectory, SarifWriter.Places.of(policy, source, Path.of(""),
                    repositoryRoot, sourceRoots, SarifWriter.Caller.find()));
        }
        return result;
    }

    /**
     * Imports the production classes only. Library classes they refer to are not resolved from the classpath: the
     * rules read the codebase's own bytecode and the names of what it calls, and resolving libraries costs about
     * half the import on a Spring Boot classpath for the same verdicts.
     */
    private JavaClasses importPackages() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean before = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(resolveLibraries);
        try {
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(packages);
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(before);
        }
    }

    /**
     * Every exemption must be one that can work: an exemption in the policy that excused nothing names code that is
     * gone or misspelt, and an {@code @Exempt} in the code must name a rule of the kit and give its reason.
     */
    private ClauseResult exemptions(List<ClauseResult> results, JavaClasses imported) {
        List<String> violations = new ArrayList<>();
        List<ClauseResult.Subject> subjects = new ArrayList<>();
        List<String> used = new ArrayList<>();
        List<String> ids = java.util.Arrays.stream(RuleId.values()).filter(RuleId::exemptable).map(RuleId::id).toList();
        for (JavaClass type : imported.stream().sorted(java.util.Comparator.comparing(JavaClass::getName)).toList()) {
            List<Object> elements = new ArrayList<>(List.of(type));
            // In name order: the report and the messages come out the same on every run.
            elements.addAll(CodeIndex.fields(type));
            elements.addAll(type.getCodeUnits().stream()
                    .sorted(java.util.Comparator.comparing(com.tngtech.archunit.core.domain.JavaCodeUnit::getFullName)).toList());
            for (Object element : elements) {
                for (var annotation : CodeIndex.exemptAnnotations(element)) {
                    String rule = CodeIndex.string(annotation, "rule");
                    if (!ids.contains(rule)) {
                        violations.add(CodeIndex.name(element) + " is @Exempt(rule = \"" + rule + "\"), which is no rule"
                                + " of the kit, so it excuses nothing; write one of: " + String.join(", ", ids));
                        subjects.add(Subjects.of(element, ""));
                    } else if (CodeIndex.string(annotation, "reason").isBlank()) {
                        violations.add(CodeIndex.name(element) + " is @Exempt(rule = \"" + rule + "\") without a reason;"
                                + " say why the rule does not apply, for legal to read in the report");
                        subjects.add(Subjects.of(element, ""));
                    }
                }
            }
        }
        for (int i = 0; i < policy.code().exemptions().size(); i++) {
            CodeRules.Exemption e = policy.code().exemptions().get(i);
            boolean hit = results.stream().flatMap(r -> r.exemptions().stream())
                    .anyMatch(x -> x.source().equals("policy.yaml") && x.rule().equals(e.rule())
                            && (x.target().equals(e.target()) || x.target().startsWith(e.target() + ".")));
            if (hit) {
                used.add(e.target() + " (" + e.rule() + ")");
            } else {
                violations.add("the exemption of " + e.target() + " (" + e.rule() + ") in code.exemptions excused"
                        + " nothing: no such code, or it no longer breaks the rule; remove the exemption from " + source);
                subjects.add(ClauseResult.Subject.policy("code.exemptions[" + i + "]"));
            }
        }
        return new ClauseResult(RuleId.EXEMPTIONS, "code.exemptions — every exemption in the policy excuses code that"
                + " exists, and every @Exempt names a rule and a reason", violations, used, List.of(), List.of(), subjects);
    }

    private void checkExemptions() {
        List<CodeRules.Exemption> exemptions = policy.code().exemptions();
        List<String> ids = java.util.Arrays.stream(RuleId.values()).filter(RuleId::exemptable).map(RuleId::id).toList();
        for (int i = 0; i < exemptions.size(); i++) {
            String rule = exemptions.get(i).rule();
            if (!ids.contains(rule)) {
                throw new IllegalArgumentException(source + ": code.exemptions[" + i + "].rule: unknown rule '"
                        + rule + "'; write one of: " + String.join(", ", ids));
            }
        }
    }

    /** The options of a check; each has a default that suits a Maven module's tests. */
    public static final class Builder {
        private Policy policy;
        private Path policyFile;
        private String resource = DEFAULT_RESOURCE;
        private final List<String> packages = new ArrayList<>();
        private JavaClasses classes;
        private Path reportDirectory = DEFAULT_REPORT;
        private boolean resolveLibraries;
        private final List<Path> sourceRoots = new ArrayList<>(DEFAULT_SOURCE_ROOTS);
        private Path repositoryRoot;

        private Builder() {}

        /** A policy file on disk instead of the classpath resource. */
        public Builder policyFile(Path file) {
            this.policyFile = file;
            return this;
        }

        /** The classpath resource holding the policy. Default {@value #DEFAULT_RESOURCE}, as the policy artifact ships it. */
        public Builder policyResource(String resource) {
            this.resource = resource;
            return this;
        }

        /** A policy already loaded. */
        public Builder policy(Policy policy) {
            this.policy = policy;
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

        /**
         * Where the report is written ({@code report.json}, {@code report.html}, and {@code report.sarif} for code
         * scanning); null for none. Default {@code target/privacy-policy}.
         */
        public Builder reportDirectory(Path directory) {
            this.reportDirectory = directory;
            return this;
        }

        /**
         * Whether the import also reads the library classes the code refers to from the classpath. Default false:
         * the rules need only the codebase's own classes, and the import takes about half the time.
         */
        public Builder resolveLibraries(boolean resolve) {
            this.resolveLibraries = resolve;
            return this;
        }

        /**
         * The folders holding the checked classes' sources, for the SARIF report to point at their lines; relative
         * ones are resolved against the working directory (the module, under Maven and Gradle). Replaces the
         * default, {@code src/main/java} and {@code src/main/kotlin}.
         */
        public Builder sourceRoots(Path... roots) {
            this.sourceRoots.clear();
            this.sourceRoots.addAll(List.of(roots));
            return this;
        }

        /**
         * The repository's root, which the SARIF report's paths are relative to (as GitHub code scanning reads them).
         * Default: the nearest folder up from the working directory that holds {@code .git}, or the working
         * directory itself when none does.
         */
        public Builder repositoryRoot(Path root) {
            this.repositoryRoot = root;
            return this;
        }

        public PolicyCheck build() {
            if (classes == null && packages.isEmpty()) {
                throw new IllegalArgumentException("name the packages to check, e.g. packages(\"com.example.service\")");
            }
            return new PolicyCheck(this);
        }

        private LoadedPolicy load() {
            return LoadedPolicy.load(policy, policyFile, resource);
        }
    }
}
