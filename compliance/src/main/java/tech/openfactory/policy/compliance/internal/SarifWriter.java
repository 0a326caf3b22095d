package tech.openfactory.policy.compliance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.openfactory.policy.compliance.CheckResult;
import tech.openfactory.policy.compliance.ClauseResult;
import tech.openfactory.policy.compliance.ClauseResult.Subject;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyLocations;

/**
 * The static check's violations as a SARIF 2.1.0 log, {@code report.sarif}, for GitHub code scanning (or any SARIF
 * viewer) to show each one at the line it is about.
 *
 * <ul>
 *   <li><b>Rules.</b> One {@code reportingDescriptor} per clause of the policy, every clause the check evaluated
 *       (passing ones too): its id is the kit's rule id, and for a rule the kit makes once per item of the policy,
 *       {@code /} and that item's id ({@code retention-job/iso-images}, {@code cookie-security/session},
 *       {@code encryption/organizations.integration-credentials}). Ids, not words: legal rewording a label or
 *       changing a period keeps the alerts. The short description is the clause as the build log names it; the help
 *       says what the rule checks, what to change, and how to exempt code.</li>
 *   <li><b>Results.</b> One per violation, level {@code error}: each fails the build. What the check could not read
 *       from the code ("not verified statically") is left to the JSON and HTML report: most of it is so by nature
 *       (what an eraser does at run time is the contract tests' to show), and as alerts it would stay open for
 *       ever. Exemptions granted are not results either; the report lists them.</li>
 *   <li><b>Locations.</b> A repository-relative {@code artifactLocation.uri} under {@code %SRCROOT%} (the repository
 *       root, in {@code originalUriBaseIds}) and a {@code startLine} of at least 1. Code is found under the source
 *       roots by its package and the source file its bytecode names; the line is the one the finding names (the call
 *       that sets a cookie, the period a job computes with), else the method's first line, else the field's or
 *       class's declaration read from the source. A finding no code backs ("no job declares
 *       {@code @RetentionJob(rule = "security-logs")}") is placed at the policy's line for it when the policy is a
 *       file of the repository; when it is not (the policy artifact, a jar on the classpath), at the line of the test
 *       that ran the check, and its message names the policy's line instead, as GitHub shows only files of the
 *       repository.</li>
 *   <li><b>Fingerprints.</b> {@code partialFingerprints["policyFinding/v1"]}: a hash of the rule id, what the finding
 *       is about ({@code com.example.Account.email}, {@code retention.security-logs}) and its message with line
 *       numbers and the policy's source taken out, so an alert survives code moving within its file and a new
 *       version of the policy artifact.</li>
 *   <li><b>The same bytes on every run</b> of the same code: no time, no duration, results in the clauses' order.</li>
 * </ul>
 */
public final class SarifWriter {
    /** The file's name in the report directory. */
    public static final String FILE = "report.sarif";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT = "policyFinding/v1";
    static final String TOOL = "openfactory-policy-compliance";
    /** The rules whose findings are all about the policy (an element nothing stores, a right with no handler), never code. */
    private static final java.util.Set<RuleId> ABOUT_THE_POLICY = java.util.EnumSet.of(RuleId.STALE_ELEMENT,
            RuleId.RIGHTS_HANDLER);

    private SarifWriter() {}

    /**
     * Where the check ran and what it read.
     *
     * @param policy           the policy checked; null when not known
     * @param policySource     where it was loaded from, as messages name it: a file's path (relative to the working
     *                         directory, or absolute), {@code privacy/policy.yaml in privacy-policy-2026.04.08.jar}
     * @param workingDirectory the module's folder (absolute)
     * @param repositoryRoot   the repository's root (absolute), which the URIs are relative to
     * @param sourceRoots      the folders holding the checked classes' sources (absolute)
     * @param testRoots        the folders holding the test sources, where the test that ran the check is (absolute)
     * @param caller           the code that ran the check
     */
    public record Places(Policy policy, String policySource, Path workingDirectory, Path repositoryRoot,
            List<Path> sourceRoots, List<Path> testRoots, Caller caller) {
        public Places {
            sourceRoots = List.copyOf(sourceRoots);
            testRoots = List.copyOf(testRoots);
        }

        /**
         * The places of a check run in {@code workingDirectory}: relative roots are resolved against it, and the
         * repository root, when null, is the nearest folder up from it that holds {@code .git} (the working directory
         * itself when none does). The tests' roots are the module's {@code src/test/java} and {@code src/test/kotlin}.
         */
        public static Places of(Policy policy, String policySource, Path workingDirectory, Path repositoryRoot,
                List<Path> sourceRoots, Caller caller) {
            Path here = workingDirectory.toAbsolutePath().normalize();
            Path root = repositoryRoot != null ? here.resolve(repositoryRoot).normalize() : SarifWriter.repositoryRoot(here);
            List<Path> sources = sourceRoots.stream().map(p -> here.resolve(p).normalize()).toList();
            List<Path> tests = new ArrayList<>(List.of(here.resolve("src/test/java"), here.resolve("src/test/kotlin")));
            tests.addAll(sources);
            return new Places(policy, policySource, here, root, sources, tests, caller);
        }
    }

    /**
     * The code that ran the check: a test method, the first frame outside the kit's entry point and report writers.
     *
     * @param type       the class, as the JVM names it
     * @param sourceFile its source file, as its bytecode names it; empty when not known
     * @param line       the line of the call; 0 when not known
     */
    public record Caller(String type, String sourceFile, int line) {
        public static final Caller NONE = new Caller("", "", 0);

        /** The caller of the kit on this thread's stack. */
        public static Caller find() {
            return StackWalker.getInstance().walk(frames -> frames
                    .filter(f -> !f.getClassName().startsWith("tech.openfactory.policy.compliance.PolicyCheck")
                            && !f.getClassName().startsWith(ReportWriter.class.getName())
                            && !f.getClassName().startsWith(SarifWriter.class.getName()))
                    .findFirst()
                    .map(f -> new Caller(f.getClassName(), f.getFileName() == null ? "" : f.getFileName(),
                            Math.max(0, f.getLineNumber())))
                    .orElse(NONE));
        }
    }

    /** The nearest folder from {@code start} up that holds {@code .git} (a folder, or a file in a worktree); else {@code start}. */
    public static Path repositoryRoot(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return start.toAbsolutePath().normalize();
    }

    /** The SARIF log of a check's violations. */
    public static String sarif(CheckResult result, Places places) {
        return new Log(result, places).json();
    }

    // -----------------------------------------------------------------------------------------------------------

    /** One rule of the log: a clause. */
    private record Rule(String id, RuleId rule, String clause, PolicyPlaces.Place place) {}

    /** Where a result is shown, and what its message adds when that is not where it belongs. */
    private record Location(String uri, int line, String note) {}

    private static final class Log {
        private final CheckResult result;
        private final Places places;
        private final PolicyPlaces policyPlaces;
        private final Sources sources;
        private final Sources tests;
        private final PolicyFile policyFile;

        Log(CheckResult result, Places places) {
            this.result = result;
            this.places = places;
            this.policyPlaces = PolicyPlaces.of(places.policy());
            this.sources = new Sources(places.sourceRoots());
            this.tests = new Sources(places.testRoots());
            this.policyFile = PolicyFile.of(places);
        }

        String json() {
            List<Rule> rules = new ArrayList<>();
            Map<String, Integer> index = new LinkedHashMap<>();
            List<Object> descriptors = new ArrayList<>();
            List<Object> results = new ArrayList<>();
            for (ClauseResult c : result.clauses()) {
                PolicyPlaces.Place place = policyPlaces.clause(c.rule(), c.clause());
                String id = c.rule().id() + (place.key().isEmpty() ? "" : "/" + place.key());
                for (int n = 2; index.containsKey(id); n++) {
                    id = c.rule().id() + (place.key().isEmpty() ? "" : "/" + place.key()) + "-" + n;
                }
                Rule rule = new Rule(id, c.rule(), c.clause(), place);
                index.put(id, rules.size());
                rules.add(rule);
                descriptors.add(descriptor(rule));
                for (int i = 0; i < c.violations().size(); i++) {
                    results.add(result(rule, index.get(id), c.violations().get(i), c.subjects().get(i)));
                }
            }
            Map<String, Object> driver = new LinkedHashMap<>();
            driver.put("name", TOOL);
            driver.put("fullName", "OpenFactory policy-as-code compliance kit");
            version().ifPresent(v -> driver.put("version", v));
            driver.put("rules", descriptors);

            Map<String, Object> root = new LinkedHashMap<>();
            root.put("uri", places.repositoryRoot().toUri().toASCIIString().replaceFirst("/?$", "/"));
            root.put("description", text("The repository's root: the folder that holds .git."));

            Map<String, Object> run = new LinkedHashMap<>();
            run.put("tool", Map.of("driver", driver));
            run.put("automationDetails", Map.of("id", category()));
            run.put("originalUriBaseIds", Map.of(SRCROOT, root));
            run.put("columnKind", "utf16CodeUnits");
            run.put("results", results);
            run.put("properties", Map.of("policy", result.policy()));

            Map<String, Object> log = new LinkedHashMap<>();
            log.put("$schema", SCHEMA);
            log.put("version", "2.1.0");
            log.put("runs", List.of(run));
            StringBuilder out = new StringBuilder();
            Json.write(log, out, "");
            return out.append('\n').toString();
        }

        /** "privacy-policy/" and the module's folder in the repository: one category per module for code scanning. */
        private String category() {
            String module = places.repositoryRoot().relativize(places.workingDirectory()).toString().replace('\\', '/');
            return "privacy-policy/" + (module.isEmpty() || module.startsWith("..") ? "" : module + "/");
        }

        private Map<String, Object> descriptor(Rule rule) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", rule.id());
            d.put("shortDescription", text(rule.clause()));
            d.put("fullDescription", text(rule.clause() + ". The kit's rule " + rule.rule().id() + " checks that "
                    + plain(rule.rule().checks()) + "."));
            d.put("defaultConfiguration", Map.of("level", "error"));
            Map<String, Object> help = new LinkedHashMap<>();
            help.put("text", help(rule, false));
            help.put("markdown", help(rule, true));
            d.put("help", help);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("tags", List.of("privacy", "privacy-policy", rule.rule().id()));
            d.put("properties", properties);
            return d;
        }

        /** What the rule checks, what to change, and how to exempt code from it. */
        private String help(Rule rule, boolean markdown) {
            RuleId r = rule.rule();
            String code = markdown ? "`" : "";
            StringBuilder out = new StringBuilder();
            out.append(markdown ? "**" + rule.clause() + "**" : rule.clause()).append("\n\n");
            out.append("The kit's rule ").append(code).append(r.id()).append(code).append(" checks that ")
                    .append(markdown ? r.checks() : plain(r.checks())).append('.');
            if (!r.codeSaysSoWith().equals("—")) {
                out.append(" Code says so with ").append(markdown ? r.codeSaysSoWith() : plain(r.codeSaysSoWith())).append('.');
            }
            String at = rule.place().path().isEmpty() ? "" : " (" + code + rule.place().path() + code
                    + (policyFile.name().isEmpty() ? "" : " in " + code + policyFile.name() + code) + ")";
            out.append("\n\nWhat to change: make the code do what the clause says (each result says how), or change"
                    + " the policy").append(at).append(" so that it says what the code does, with legal's review.");
            if (!r.exemptable()) {
                out.append("\n\nAn exemption cannot itself be exempted: correct the @Exempt (name a rule of the kit and"
                        + " give the reason), or remove the entry of code.exemptions that excuses nothing.");
                return out.toString();
            }
            if (ABOUT_THE_POLICY.contains(r) && !rule.place().target().isEmpty()) {
                out.append("\n\nTo exempt it, with a reason legal reads in the report: add an entry to the policy's ")
                        .append(code).append("code.exemptions").append(code).append(" (legal reviews it), by its target:\n\n")
                        .append(markdown ? "```yaml\n" : "").append("code:\n  exemptions:\n    - rule: ").append(r.id())
                        .append("\n      target: ").append(rule.place().target())
                        .append("\n      reason: why the clause does not apply to it\n").append(markdown ? "```\n" : "");
                return out.toString();
            }
            String target = rule.place().target().isEmpty() ? "com.example.Account.email"
                    : "com.example.Account.email # or " + rule.place().target();
            out.append("\n\nTo exempt code, with a reason legal reads in the report: annotate the class, field or"
                    + " method ").append(code).append("@Exempt(rule = \"").append(r.id()).append("\", reason = \"...\")")
                    .append(code).append(", or add an entry to the policy's ").append(code).append("code.exemptions")
                    .append(code).append(" (legal reviews it)");
            if (!rule.place().target().isEmpty()) {
                out.append("; a finding no code backs is exempted there only, by its target (")
                        .append(code).append(rule.place().target()).append(code).append(')');
            }
            out.append(":\n\n").append(markdown ? "```yaml\n" : "");
            out.append("code:\n  exemptions:\n    - rule: ").append(r.id()).append("\n      target: ").append(target)
                    .append("\n      reason: why the clause does not apply to it\n");
            out.append(markdown ? "```\n" : "");
            return out.toString();
        }

        private Map<String, Object> result(Rule rule, int ruleIndex, String message, Subject subject) {
            Location at = locate(subject, rule);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ruleId", rule.id());
            r.put("ruleIndex", ruleIndex);
            r.put("level", "error");
            r.put("message", text(message + at.note()));
            if (at.uri() != null) {
                Map<String, Object> artifact = new LinkedHashMap<>();
                artifact.put("uri", at.uri());
                artifact.put("uriBaseId", SRCROOT);
                Map<String, Object> physical = new LinkedHashMap<>();
                physical.put("artifactLocation", artifact);
                physical.put("region", Map.of("startLine", at.line()));
                Map<String, Object> location = new LinkedHashMap<>();
                location.put("physicalLocation", physical);
                if (subject.code()) {
                    Map<String, Object> logical = new LinkedHashMap<>();
                    logical.put("fullyQualifiedName", subject.name());
                    logical.put("kind", switch (subject.kind()) {
                        case CLASS -> "type";
                        case FIELD -> "member";
                        default -> "function";
                    });
                    location.put("logicalLocations", List.of(logical));
                }
                r.put("locations", List.of(location));
            }
            r.put("partialFingerprints", Map.of(FINGERPRINT, fingerprint(rule.id(), subject.name(), message,
                    places.policySource())));
            return r;
        }

        /** Where a result is shown: its code, else the policy's line for it, else the test that ran the check. */
        private Location locate(Subject subject, Rule rule) {
            if (subject.code()) {
                Optional<Path> file = sources.file(subject.type(), subject.sourceFile());
                Optional<String> uri = file.flatMap(this::uri);
                if (uri.isPresent()) {
                    return new Location(uri.get(), sources.line(file.get(), subject), "");
                }
                Location policy = policy(rule.place().path());
                String source = subject.sourceFile().isEmpty() ? "its source" : subject.sourceFile();
                return new Location(policy.uri(), policy.line(), " [" + source + " is not under the source roots "
                        + roots() + "]" + policy.note());
            }
            if (subject.kind() == Subject.Kind.RESOURCE) {
                Optional<Location> resource = resource(subject.name());
                if (resource.isPresent()) {
                    return resource.get();
                }
            }
            String path = subject.kind() == Subject.Kind.POLICY ? policyPlaces.target(subject.name()) : "";
            return policy(path.isEmpty() ? rule.place().path() : path);
        }

        /** The policy's line for a path of it, in the repository; or the test's line, naming the policy's. */
        private Location policy(String path) {
            int line = policyFile.locations() == null ? 0 : policyFile.locations().at(path).line();
            Optional<String> uri = policyFile.file().flatMap(this::uri);
            if (uri.isPresent()) {
                return new Location(uri.get(), Math.max(1, line), "");
            }
            String where = path.isEmpty() ? "" : " [the policy's " + path
                    + (line > 0 ? ", line " + line + " of " + places.policySource() : "") + "]";
            Optional<Location> caller = caller();
            if (caller.isPresent()) {
                return new Location(caller.get().uri(), caller.get().line(), where);
            }
            // No test file to show it at: the module's build file, which brings in the policy artifact.
            for (String build : List.of("pom.xml", "build.gradle.kts", "build.gradle")) {
                Path file = places.workingDirectory().resolve(build);
                Optional<String> buildUri = Files.isRegularFile(file) ? uri(file) : Optional.empty();
                if (buildUri.isPresent()) {
                    return new Location(buildUri.get(), 1, where);
                }
            }
            return new Location(null, 0, where);
        }

        private Optional<Location> caller() {
            Caller caller = places.caller();
            if (caller == null || caller.type().isEmpty()) {
                return Optional.empty();
            }
            Optional<Path> file = tests.file(caller.type(), caller.sourceFile());
            return file.flatMap(f -> uri(f).map(u -> new Location(u,
                    caller.line() > 0 && caller.line() <= tests.lines(f).size() ? caller.line()
                            : Math.max(1, Sources.declaration(tests.lines(f), caller.type())), "")));
        }

        /** A resource the configuration is read from, under a source root's {@code resources} folder beside it. */
        private Optional<Location> resource(String name) {
            for (Path root : places.sourceRoots()) {
                Path parent = root.getParent();
                Path file = parent == null ? null : parent.resolve("resources").resolve(name);
                if (file != null && Files.isRegularFile(file)) {
                    Optional<String> uri = uri(file);
                    if (uri.isPresent()) {
                        List<String> lines = sources.lines(file);
                        int line = 1;
                        for (int i = 0; i < lines.size(); i++) {
                            if (lines.get(i).toLowerCase(java.util.Locale.ROOT).contains("cookie")) {
                                line = i + 1;
                                break;
                            }
                        }
                        return Optional.of(new Location(uri.get(), line, ""));
                    }
                }
            }
            return Optional.empty();
        }

        /** The file's URI relative to the repository root, when it is in the repository. */
        private Optional<String> uri(Path file) {
            Path absolute = places.workingDirectory().resolve(file).toAbsolutePath().normalize();
            if (!absolute.startsWith(places.repositoryRoot()) || !Files.isRegularFile(absolute)) {
                return Optional.empty();
            }
            String relative = places.repositoryRoot().relativize(absolute).toString().replace('\\', '/');
            try {
                return Optional.of(new URI(null, null, relative, null).toASCIIString());
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }

        private String roots() {
            List<String> names = new ArrayList<>();
            for (Path root : places.sourceRoots()) {
                Path shown = root.startsWith(places.repositoryRoot()) ? places.repositoryRoot().relativize(root) : root;
                names.add(shown.toString().replace('\\', '/'));
            }
            return String.join(", ", names);
        }
    }

    /** The policy's text, when it can be read, and its file, when it is one. */
    private record PolicyFile(String name, Optional<Path> file, PolicyLocations locations) {
        static PolicyFile of(Places places) {
            String source = places.policySource() == null ? "" : places.policySource();
            try {
                Path file = places.workingDirectory().resolve(source).normalize();
                if (!source.isEmpty() && Files.isRegularFile(file)) {
                    return new PolicyFile(source, Optional.of(file), PolicyLocations.of(source, Files.readAllBytes(file)));
                }
            } catch (InvalidPathException | IOException e) {
                // Not a file's path: a resource in a jar, or a policy given as an object.
            }
            int in = source.indexOf(" in ");
            if (in > 0 && source.endsWith(".jar")) {
                URL url = Thread.currentThread().getContextClassLoader().getResource(source.substring(0, in));
                if (url != null) {
                    try (InputStream stream = url.openStream()) {
                        return new PolicyFile(source, Optional.empty(), PolicyLocations.of(source, stream.readAllBytes()));
                    } catch (IOException e) {
                        // Unreadable: its lines are not named.
                    }
                }
            }
            return new PolicyFile("", Optional.empty(), null);
        }
    }

    /** The kit's version, from the Maven metadata in its jar; empty when run from classes (its own build). */
    private static Optional<String> version() {
        try (InputStream in = SarifWriter.class.getResourceAsStream(
                "/META-INF/maven/tech.openfactory.policy/policy-compliance/pom.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return Optional.ofNullable(p.getProperty("version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The result's identity across runs: its rule, what it is about, and its message without line numbers and
     * without the policy's source (the artifact's name has its version: a new version of the policy keeps the alerts).
     */
    static String fingerprint(String ruleId, String subject, String message, String policySource) {
        String stable = (policySource == null || policySource.isEmpty() ? message : message.replace(policySource, "the policy file"))
                .replaceAll("\\bline \\d+", "line");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((ruleId + "\n" + subject + "\n" + stable).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Markdown as plain text: the rule table's backticks taken out. */
    private static String plain(String markdown) {
        return markdown.replace("`", "");
    }

    private static Map<String, Object> text(String text) {
        return Map.of("text", text);
    }
}
