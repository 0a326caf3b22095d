package tech.openfactory.policy.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tech.openfactory.policy.site.Project;

/**
 * The workflows of .github/workflows: valid for GitHub (checked by the pinned {@code @action-validator/cli}), every
 * action pinned to a commit, least privilege, superseded pull-request runs cancelled, Java 17 from Temurin.
 */
class WorkflowFilesTest {
    static final Pattern USES = Pattern.compile("^\\s*(?:-\\s+)?uses:\\s*(\\S+)\\s*(?:#\\s*(.*?))?\\s*$");
    static final Pattern PINNED = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_./-]+)?@[0-9a-f]{40}");
    static final Pattern VERSION = Pattern.compile("v\\d+\\.\\d+\\.\\d+");

    static List<Path> workflows() throws IOException {
        try (Stream<Path> files = Files.list(Tools.WORKFLOWS)) {
            return files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) throws IOException {
        Map<Object, Object> raw = new Yaml().load(Files.readString(file));
        // YAML 1.1 reads the key `on` as true; GitHub reads it as "on".
        Map<String, Object> workflow = new LinkedHashMap<>();
        raw.forEach((k, v) -> workflow.put(Boolean.TRUE.equals(k) ? "on" : String.valueOf(k), v));
        return workflow;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> jobs(Map<String, Object> workflow) {
        return (Map<String, Map<String, Object>>) workflow.get("jobs");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(Map<String, Object> job) {
        return (List<Map<String, Object>>) job.getOrDefault("steps", List.of());
    }

    static String name(Path file) {
        return file.getFileName().toString();
    }

    @Test
    void the_three_workflows_are_there() throws IOException {
        assertEquals(List.of("policy-pr.yml", "policy-site.yml", "tests.yml"),
                workflows().stream().map(WorkflowFilesTest::name).toList());
    }

    @Test
    void every_workflow_is_valid_for_the_pinned_action_validator(@TempDir Path dir) throws Exception {
        Path node = Tools.node();
        if (!Files.isRegularFile(Tools.VALIDATOR)) {
            Tools.missing("@action-validator/cli is not installed at " + Tools.VALIDATOR
                    + "; run: npm ci --prefix generator/src/test/js");
        }
        // package.json pins both packages exactly, and they are what npm ci installed from package-lock.json.
        Map<?, ?> pinned = (Map<?, ?>) ((Map<?, ?>) new Yaml().load(Files.readString(Project.root()
                .resolve("generator/src/test/js/package.json")))).get("devDependencies");
        String installed = version(Tools.VALIDATOR.resolveSibling("package.json"));
        assertEquals(installed, pinned.get("@action-validator/cli"));
        assertEquals(installed, pinned.get("@action-validator/core"));
        assertEquals(installed, version(Tools.VALIDATOR.getParent().resolveSibling("core/package.json")));

        List<Path> workflows = workflows();
        for (Path workflow : workflows) {
            Tools.Result result = Tools.run(Project.root(), Map.of(), Tools.command(node, Tools.VALIDATOR, workflow));
            assertEquals(0, result.exit(), name(workflow) + ": " + result);
        }
        System.out.println("action-validator " + installed + ": " + workflows.size() + " workflows valid");

        // And it is not a validator that passes everything: a misspelt key and a wrong permission are refused.
        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, "on: push\npermissions:\n  contents: reed\njobs:\n  a:\n    runs-on: ubuntu-latest\n"
                + "    stepz:\n      - run: echo\n");
        Tools.Result refused = Tools.run(dir, Map.of(), Tools.command(node, Tools.VALIDATOR, bad));
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("Additional property 'stepz' is not allowed"), refused.err());
    }

    static String version(Path packageJson) throws IOException {
        return String.valueOf(((Map<?, ?>) new Yaml().load(Files.readString(packageJson))).get("version"));
    }

    @Test
    void every_action_is_pinned_to_a_full_commit_sha_with_its_version() throws IOException {
        Map<String, Set<String>> pins = new TreeMap<>();
        for (Path workflow : workflows()) {
            List<String> byLine = new ArrayList<>();
            for (String line : Files.readAllLines(workflow)) {
                Matcher m = USES.matcher(line);
                if (!m.matches()) {
                    assertFalse(line.contains("uses:"), name(workflow) + ": a uses: the check cannot read: " + line);
                    continue;
                }
                String uses = m.group(1);
                assertTrue(PINNED.matcher(uses).matches(), name(workflow) + ": not pinned to a 40-hex commit: " + line);
                assertTrue(m.group(2) != null && VERSION.matcher(m.group(2)).matches(),
                        name(workflow) + ": say the version the commit is, as # vX.Y.Z: " + line);
                byLine.add(uses);
                pins.computeIfAbsent(uses.substring(0, uses.indexOf('@')), k -> new TreeSet<>())
                        .add(uses.substring(uses.indexOf('@') + 1) + " # " + m.group(2));
            }
            // What GitHub reads: every uses: of a step or a job is one of the lines checked above.
            List<String> parsed = new ArrayList<>();
            for (Map<String, Object> job : jobs(yaml(workflow)).values()) {
                if (job.containsKey("uses")) {
                    parsed.add(String.valueOf(job.get("uses")));
                }
                steps(job).stream().filter(s -> s.containsKey("uses")).forEach(s -> parsed.add(String.valueOf(s.get("uses"))));
            }
            assertEquals(parsed, byLine, name(workflow));
        }
        assertTrue(pins.keySet().containsAll(Set.of("actions/checkout", "actions/setup-java", "actions/upload-artifact",
                "actions/download-artifact", "actions/configure-pages", "actions/upload-pages-artifact",
                "actions/deploy-pages")), pins.toString());
        // One commit per action across the workflows: a bump changes every use.
        pins.forEach((action, commits) -> assertEquals(1, commits.size(), action + ": " + commits));
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_workflow_reads_only_and_writes_only_where_it_must() throws IOException {
        Set<String> writes = new TreeSet<>();
        for (Path workflow : workflows()) {
            Map<String, Object> yaml = yaml(workflow);
            assertEquals(Map.of("contents", "read"), yaml.get("permissions"), name(workflow) + ": top-level permissions");
            jobs(yaml).forEach((id, job) -> {
                Object permissions = job.get("permissions");
                if (permissions == null) {
                    return;
                }
                assertTrue(permissions instanceof Map, name(workflow) + "/" + id + ": permissions by scope, not " + permissions);
                ((Map<String, String>) permissions).forEach((scope, level) -> {
                    assertTrue(Set.of("read", "write", "none").contains(level), scope + ": " + level);
                    if (level.equals("write")) {
                        writes.add(name(workflow) + "/" + id + ": " + scope);
                    }
                });
            });
            String text = Files.readString(workflow);
            assertFalse(text.contains("write-all") || text.contains("read-all"), name(workflow));
            assertFalse(text.contains("secrets."), name(workflow) + ": no secret is needed");
            assertFalse(text.contains("pull_request_target"), name(workflow) + ": pull_request only, never _target");
        }
        assertEquals(Set.of("policy-pr.yml/comment: pull-requests", "policy-site.yml/deploy: id-token",
                "policy-site.yml/deploy: pages"), writes);

        // The token is handed to one step: the one that comments.
        Map<String, Map<String, Object>> pr = jobs(yaml(Tools.WORKFLOWS.resolve("policy-pr.yml")));
        for (Map.Entry<String, Map<String, Object>> job : pr.entrySet()) {
            for (Map<String, Object> step : steps(job.getValue())) {
                boolean token = String.valueOf(step.get("env")).contains("github.token");
                boolean comments = String.valueOf(step.get("run")).contains("policy-pr.mjs comment");
                assertEquals(comments, token, job.getKey() + ": " + step);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void pull_request_runs_cancel_the_ones_they_supersede_and_deployments_finish() throws IOException {
        Map<String, Object> pr = yaml(Tools.WORKFLOWS.resolve("policy-pr.yml"));
        assertEquals(Map.of("pull_request", Map.of("paths", List.of("content/**", "templates/**"))), pr.get("on"));
        Map<String, Object> concurrency = (Map<String, Object>) pr.get("concurrency");
        assertEquals(true, concurrency.get("cancel-in-progress"));
        assertTrue(String.valueOf(concurrency.get("group")).contains("github.event.pull_request.number"), concurrency.toString());

        Map<String, Object> tests = (Map<String, Object>) yaml(Tools.WORKFLOWS.resolve("tests.yml")).get("concurrency");
        assertEquals("${{ github.event_name == 'pull_request' }}", tests.get("cancel-in-progress"));

        Map<String, Object> site = yaml(Tools.WORKFLOWS.resolve("policy-site.yml"));
        assertEquals(false, ((Map<String, Object>) site.get("concurrency")).get("cancel-in-progress"));
        assertEquals(List.of("main"), ((Map<String, Object>) ((Map<String, Object>) site.get("on")).get("push")).get("branches"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void java_is_temurin_17_with_the_maven_cache_before_any_java_runs() throws IOException {
        for (Path workflow : workflows()) {
            for (Map.Entry<String, Map<String, Object>> job : jobs(yaml(workflow)).entrySet()) {
                boolean java = false;
                for (Map<String, Object> step : steps(job.getValue())) {
                    String uses = String.valueOf(step.get("uses"));
                    if (uses.startsWith("actions/setup-java@")) {
                        assertEquals(Map.of("distribution", "temurin", "java-version", "17", "cache", "maven"),
                                step.get("with"), name(workflow) + "/" + job.getKey());
                        java = true;
                    }
                    String run = String.valueOf(step.get("run"));
                    if (run.contains("mvn ") || run.contains("java ") || run.contains(".ci/run")) {
                        assertTrue(java, name(workflow) + "/" + job.getKey() + ": setup-java before " + run);
                    }
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void run_steps_interpolate_no_expression_and_run_what_is_in_the_repository() throws IOException {
        Set<String> scripts = new TreeSet<>();
        for (Path workflow : workflows()) {
            for (Map.Entry<String, Map<String, Object>> job : jobs(yaml(workflow)).entrySet()) {
                for (Map<String, Object> step : steps(job.getValue())) {
                    Object run = step.get("run");
                    if (run == null) {
                        continue;
                    }
                    // A ${{ }} in a script is pasted into it before the shell reads it: pass values through env.
                    assertFalse(run.toString().contains("${{"), name(workflow) + "/" + job.getKey() + ": " + run);
                    Matcher m = Pattern.compile("(\\.github/scripts/\\S+|\\.ci/run)").matcher(run.toString());
                    while (m.find()) {
                        scripts.add(m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(".ci/run", ".github/scripts/policy-pr.mjs"), scripts);
        scripts.forEach(s -> assertTrue(Files.isRegularFile(Project.root().resolve(s)), s));
        assertTrue(Files.isExecutable(Project.root().resolve(".ci/run")));

        // The site workflow deploys what `policy build` wrote, from the job that may.
        Map<String, Map<String, Object>> site = jobs(yaml(Tools.WORKFLOWS.resolve("policy-site.yml")));
        Map<String, Object> upload = steps(site.get("build")).stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@")).findFirst()
                .orElseThrow();
        assertEquals(Map.of("path", "site/"), upload.get("with"));
        assertEquals("build", site.get("deploy").get("needs"));
        assertEquals("github-pages", ((Map<String, Object>) site.get("deploy").get("environment")).get("name"));
        assertNotNull(steps(site.get("deploy")).stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/deploy-pages@")).findFirst().orElse(null));
    }
}
