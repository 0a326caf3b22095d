package tech.openfactory.policy.trials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassVisitor;
import tech.openfactory.policy.compliance.CheckResult;
import tech.openfactory.policy.compliance.ClauseResult;
import tech.openfactory.policy.compliance.PolicyCheck;
import tech.openfactory.policy.compliance.RuleId;

/**
 * The kit on codebases written the way teams write them (examples/fixtures), measured against each one's
 * hand-written ground truth. Each fixture is checked as it was before adoption (every policy annotation stripped
 * from its bytecode), as adopted, and with drifts planted one at a time. The figures are printed and written to
 * {@code target/kit-trials.md}; the assertions hold them at what the issue asks.
 */
class KitTrialsTest {
    private static final Path ROOT = Path.of(System.getProperty("policy.projectRoot", "../.."));
    private static final Pattern FIELD = Pattern.compile("^([\\w.$]+)\\.(\\w+) \\(");
    private static final Map<String, String> FIGURES = new TreeMap<>();

    @BeforeAll
    static void libraries_are_not_resolved_as_in_a_product_run() {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
    }

    @AfterAll
    static void write_figures() throws Exception {
        ArchConfiguration.get().reset();
        StringBuilder out = new StringBuilder("| fixture | figures |\n|---|---|\n");
        FIGURES.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "kit-trials.md"), out.toString());
        System.out.print(out);
    }

    private static Path classes(String fixture) {
        return ROOT.resolve("examples/fixtures").resolve(fixture).resolve("target/classes");
    }

    private static GroundTruth truth(String fixture) {
        return GroundTruth.read(ROOT.resolve("examples/fixtures").resolve(fixture).resolve("ground-truth.tsv"));
    }

    private static CheckResult check(String fixture, Path... folders) {
        JavaClasses imported = new ClassFileImporter().importPaths(folders);
        return PolicyCheck.builder().policyFile(ROOT.resolve("examples/fixtures").resolve(fixture)
                .resolve("src/test/resources/privacy/policy.yaml")).classes(imported).reportDirectory(null).build().run();
    }

    private static Path planted(Path tmp, String fixture, String className, Function<ClassVisitor, ClassVisitor> edit) {
        String internal = className.replace('.', '/');
        return Planter.copy(classes(fixture), tmp.resolve("planted-" + System.nanoTime()),
                name -> name.equals(internal) ? edit : null);
    }

    private static List<String> violations(CheckResult result, RuleId rule) {
        return result.clauses().stream().filter(c -> c.rule() == rule).flatMap(c -> c.violations().stream()).toList();
    }

    @ParameterizedTest(name = "{0}: unannotated, every personal field is found and nothing else is called personal")
    @ValueSource(strings = {"jpa-app", "mybatis-app", "javax-app"})
    void unannotated_recall_and_false_positives(String fixture, @TempDir Path tmp) {
        GroundTruth truth = truth(fixture);
        Path stripped = Planter.copy(classes(fixture), tmp.resolve("stripped"), name -> Planter.stripAll());
        CheckResult result = check(fixture, stripped);
        Map<String, String> findings = new TreeMap<>();
        for (String v : violations(result, RuleId.UNDECLARED_PERSONAL_DATA)) {
            Matcher m = FIELD.matcher(v);
            if (m.find()) {
                findings.merge(m.group(1) + "." + m.group(2), v, (a, b) -> a);
            }
        }
        List<String> missed = truth.personal().stream().map(GroundTruth.Field::id).filter(f -> !findings.containsKey(f)).toList();
        List<String> falsePositives = new ArrayList<>();
        List<String> decisions = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        truth.fields().forEach(f -> known.add(f.id()));
        for (GroundTruth.Field f : truth.fields()) {
            String finding = findings.get(f.id());
            if (!f.personal() && finding != null) {
                (finding.contains("looks like personal data") ? falsePositives : decisions).add(f.id());
            }
        }
        List<String> unknown = findings.keySet().stream().filter(f -> !known.contains(f)).toList();
        int personal = truth.personal().size();
        FIGURES.put(fixture + " 1 unannotated", String.format("recall %d/%d; false positives %d; decisions asked of"
                + " not-personal text fields %d of %d; findings on fields not in the ground truth %d; %d persisted types"
                + " found, ground truth %d", personal - missed.size(), personal, falsePositives.size(), decisions.size(),
                truth.fields().size() - personal, unknown.size(), persistedTypes(result), truth.persisted().size())
                + (falsePositives.isEmpty() ? "" : "; false positives: " + falsePositives)
                + (decisions.isEmpty() ? "" : "; decisions: " + decisions)
                + (missed.isEmpty() ? "" : "; missed: " + missed));
        assertEquals(List.of(), missed, "personal fields the unannotated check did not name");
        assertEquals(List.of(), falsePositives, "not-personal fields called personal by name");
        assertEquals(List.of(), unknown, "findings on fields that are not persisted (the ground truth lists every persisted field)");
        assertEquals(truth.persisted().stream().map(GroundTruth.Persisted::type).sorted().toList(), persisted(result),
                "the types the kit calls persisted, against the ground truth's");
    }

    /** The types the kit's inventory calls persisted, from the report's evidence. */
    private static List<String> persisted(CheckResult result) {
        return result.clauses().stream().filter(c -> c.rule() == RuleId.UNDECLARED_PERSONAL_DATA)
                .flatMap(c -> c.evidence().stream()).filter(e -> e.contains(" is persisted: "))
                .map(e -> e.substring(0, e.indexOf(" is persisted: "))).sorted().toList();
    }

    private static long persistedTypes(CheckResult result) {
        return result.clauses().stream().filter(c -> c.rule() == RuleId.UNDECLARED_PERSONAL_DATA)
                .flatMap(c -> c.evidence().stream()).filter(e -> e.contains(" persisted types, "))
                .mapToLong(e -> Long.parseLong(e.substring(0, e.indexOf(' ')))).sum();
    }

    @ParameterizedTest(name = "{0}: adopted, the check passes with no exemption")
    @ValueSource(strings = {"jpa-app", "mybatis-app", "javax-app"})
    void adopted_code_passes_without_exemptions(String fixture) {
        long start = System.nanoTime();
        JavaClasses imported = new ClassFileImporter().importPaths(classes(fixture));
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        CheckResult result = PolicyCheck.builder().policyFile(ROOT.resolve("examples/fixtures").resolve(fixture)
                .resolve("src/test/resources/privacy/policy.yaml")).classes(imported).reportDirectory(null).build().run();
        FIGURES.put(fixture + " 2 adopted", String.format("%d classes, import %d ms, evaluation %d ms, %d clauses,"
                + " %d failed, %d exemptions", result.classes(), importMillis, result.evaluationMillis(),
                result.clauses().size(), result.failed().size(), result.exemptions().size()));
        result.assertNoViolations();
        assertEquals(List.of(), result.exemptions());
    }

    @ParameterizedTest(name = "{0}: each @PersonalData removed alone is caught, naming the field")
    @ValueSource(strings = {"jpa-app", "mybatis-app", "javax-app"})
    void every_declaration_removed_alone_is_caught(String fixture, @TempDir Path tmp) {
        List<String> sites = Planter.declarationSites(classes(fixture));
        List<String> missed = new ArrayList<>();
        for (String site : sites) {
            boolean typeLevel = site.contains("@");
            String type = typeLevel ? site.substring(0, site.indexOf('@')) : site.substring(0, site.lastIndexOf('.'));
            String field = site.substring(Math.max(site.indexOf('@'), site.lastIndexOf('.')) + 1);
            CheckResult result = check(fixture, planted(tmp, fixture, type,
                    typeLevel ? Planter.stripTypeDeclaration(field) : Planter.stripPersonalData(field)));
            String simple = type.substring(type.lastIndexOf('.') + 1);
            // A field-level removal names the field; a class-level one names the field and the class that lost it; a
            // whole-row one names the row's fields again.
            boolean caught = result.failed().stream().flatMap(c -> c.violations().stream())
                    .anyMatch(v -> typeLevel ? (field.isEmpty() ? v.startsWith(type + ".") : v.contains("." + field + " (inherited by " + type + ")"))
                            : v.startsWith(type + "." + field + " (") || v.contains("(" + simple + "/") || v.contains(type + "." + field));
            if (!caught) {
                missed.add(site);
            }
        }
        FIGURES.put(fixture + " 3 declaration removed", (sites.size() - missed.size()) + "/" + sites.size() + " caught");
        assertEquals(List.of(), missed);
        assertTrue(!sites.isEmpty(), "the adopted fixture declares personal data");
    }

    @ParameterizedTest(name = "{0}: a new personal field, undeclared cookies set four ways, a wrong name under @SetsCookie and a changed purge period are caught")
    @ValueSource(strings = {"jpa-app", "mybatis-app", "javax-app"})
    void planted_drifts_are_caught(String fixture, @TempDir Path tmp) {
        GroundTruth truth = truth(fixture);
        List<String> caught = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        // A new personal field in the type with the most personal data.
        String person = truth.personal().stream().collect(java.util.stream.Collectors.groupingBy(GroundTruth.Field::type,
                java.util.stream.Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        CheckResult added = check(fixture, planted(tmp, fixture, person, Planter.addStringField("mobileNumber")));
        record("new field " + person + ".mobileNumber", violations(added, RuleId.UNDECLARED_PERSONAL_DATA).stream()
                .anyMatch(v -> v.startsWith(person + ".mobileNumber (")), caught, missed);
        // Undeclared cookies, each way.
        Path drift = Planter.copy(Path.of("target/test-classes/tech/openfactory/policy/trials/drift"),
                tmp.resolve("drift/tech/openfactory/policy/trials/drift"), name -> null);
        CheckResult cookies = check(fixture, classes(fixture), tmp.resolve("drift"));
        List<String> cookieViolations = violations(cookies, RuleId.COOKIE_DECLARED);
        for (String method : List.of("servletCookie", "responseCookieHeader", "rawHeader", "springHeaders")) {
            record("cookie via " + method, cookieViolations.stream().anyMatch(v -> v.startsWith(
                    "tech.openfactory.policy.trials.drift.UndeclaredCookies." + method + " sets cookie 'last_visit'")),
                    caught, missed);
        }
        record("wrong name under @SetsCookie", cookieViolations.stream().anyMatch(v -> v.startsWith(
                "tech.openfactory.policy.trials.drift.UndeclaredCookies.wrongNameUnderAnnotation sets cookie 'last_visit'")
                && v.contains("its @SetsCookie says name = \"session\"")), caught, missed);
        // Each purge job's period changed in its code.
        for (GroundTruth.Retention r : truth.retention()) {
            CheckResult changed = check(fixture, planted(tmp, fixture, r.type(), Planter.changeConstant(r.methodName(), r.amount())));
            record("purge period of " + r.method(), violations(changed, RuleId.RETENTION_JOB).stream()
                    .anyMatch(v -> v.startsWith(r.type()) && v.contains(" keeps ") && v.contains(" " + r.amount() * 10 + " ")), caught, missed);
        }
        FIGURES.put(fixture + " 4 planted drifts", caught.size() + "/" + (caught.size() + missed.size()) + " caught"
                + (missed.isEmpty() ? "" : "; missed: " + missed));
        assertEquals(List.of(), missed);
        assertTrue(Files.exists(drift));
    }

    private static void record(String what, boolean ok, List<String> caught, List<String> missed) {
        (ok ? caught : missed).add(what);
    }

    static Stream<String> fixtures() {
        return Stream.of("jpa-app", "mybatis-app", "javax-app");
    }
}
