package tech.openfactory.policy.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tech.openfactory.policy.site.Project;

/**
 * .github/scripts/policy-pr.mjs as the pull-request workflow runs it, on a copy of the repository's content, with the
 * real command line (run from this build's classes) and a fake GitHub: GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and
 * GITHUB_EVENT_PATH are files of the test, and {@code gh} on PATH is a stub that records its arguments and answers
 * with canned JSON.
 */
class PullRequestScriptTest {
    static final String REPO = "openfactory/privacy-policy";
    static final String SHA = "4f1c2e9d0b7a6c5e3f2d1c0b9a8e7d6c5b4a3f2e";
    static final String MARKER = "<!-- policy-diff -->";
    static final String AS_OF = "2026-12-01";
    static final String POLICY = "content/privacy/policy.yaml";

    @TempDir
    Path dir;
    Path repo;
    Path github;
    Path gh;
    Map<String, String> env;

    @BeforeEach
    void fakeRepositoryAndGitHub() throws IOException {
        repo = Files.createDirectories(dir.resolve("repo"));
        copy(Project.content().resolve("privacy"), repo.resolve("content/privacy"));
        github = Files.createDirectories(dir.resolve("github"));
        gh = Files.createDirectories(dir.resolve("gh"));
        Files.createDirectories(dir.resolve("bin"));
        executable(dir.resolve("bin/gh"), FAKE_GH);
        // The tool as `java -jar policy.jar` runs it, from the classes this build just compiled.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        executable(dir.resolve("bin/policy"), "#!/usr/bin/env bash\nexec " + quote(java) + " -cp "
                + quote(System.getProperty("java.class.path")) + " tech.openfactory.policy.cli.PolicyCommand \"$@\"\n");
        Files.writeString(github.resolve("output"), "");
        Files.writeString(github.resolve("summary"), "");
        event(42, REPO);
        env = new HashMap<>();
        env.put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        env.put("POLICY", dir.resolve("bin/policy").toString());
        env.put("FAKE_GH", gh.toString());
        env.put("GITHUB_OUTPUT", github.resolve("output").toString());
        env.put("GITHUB_STEP_SUMMARY", github.resolve("summary").toString());
        env.put("GITHUB_EVENT_PATH", github.resolve("event.json").toString());
        env.put("GITHUB_REPOSITORY", REPO);
        env.put("GITHUB_SERVER_URL", "https://github.com");
        env.put("GITHUB_RUN_ID", "9001");
        env.put("RUNNER_TEMP", Files.createDirectories(dir.resolve("runner-temp")).toString());
        env.put("GH_TOKEN", "fake-token");
    }

    /**
     * The stub: each call's arguments one per line in call-N.args, the file given to --input copied to call-N.input;
     * a GET of comments answers comments-PAGE.json (or [] past the last page), a POST or PATCH {"id": 1}, or fails as
     * GitHub does when the file fail-writes exists.
     */
    static final String FAKE_GH = """
            #!/usr/bin/env bash
            set -euo pipefail
            n=$(( $(cat "$FAKE_GH/count" 2>/dev/null || echo 0) + 1 ))
            echo "$n" > "$FAKE_GH/count"
            printf '%s\\n' "$@" > "$FAKE_GH/call-$n.args"
            prev=
            for arg in "$@"; do
              if [ "$prev" = --input ]; then cp "$arg" "$FAKE_GH/call-$n.input"; fi
              prev=$arg
            done
            case " $* " in
              *" --method PATCH "*|*" --method POST "*)
                if [ -f "$FAKE_GH/fail-writes" ]; then
                  echo 'gh: Resource not accessible by integration (HTTP 403)' >&2
                  exit 1
                fi
                echo '{"id": 1}' ;;
              *)
                page=$(printf '%s\\n' "$@" | sed -n 's/.*[?&]page=\\([0-9][0-9]*\\).*/\\1/p' | head -n 1)
                if [ -f "$FAKE_GH/comments-$page.json" ]; then cat "$FAKE_GH/comments-$page.json"; else echo '[]'; fi ;;
            esac
            """;

    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    void event(int number, String headRepo) throws IOException {
        Files.writeString(github.resolve("event.json"), "{\"action\": \"synchronize\", \"number\": " + number
                + ", \"pull_request\": {\"number\": " + number + ", \"head\": {\"sha\": \"" + SHA + "\", \"repo\": {"
                + "\"full_name\": \"" + headRepo + "\"}}, \"base\": {\"repo\": {\"full_name\": \"" + REPO + "\"}}},"
                + " \"repository\": {\"full_name\": \"" + REPO + "\"}}");
    }

    void livingPolicy(String from, String to) throws IOException {
        Path file = repo.resolve(POLICY);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    Tools.Result script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Tools.node().toString(), Tools.SCRIPT.toString()));
        command.addAll(List.of(args));
        return Tools.run(repo, env, command);
    }

    String output() throws IOException {
        return Files.readString(github.resolve("output"));
    }

    String summary() throws IOException {
        return Files.readString(github.resolve("summary"));
    }

    /** The calls gh received, each as its arguments. */
    List<List<String>> calls() throws IOException {
        List<List<String>> calls = new ArrayList<>();
        for (int n = 1; Files.exists(gh.resolve("call-" + n + ".args")); n++) {
            calls.add(Files.readAllLines(gh.resolve("call-" + n + ".args")));
        }
        return calls;
    }

    /** The body of the comment sent with call n (its --input, {"body": ...}). */
    String sentBody(int n) throws IOException {
        Map<?, ?> json = new Yaml().load(Files.readString(gh.resolve("call-" + n + ".input")));
        assertEquals(1, json.size(), json.toString());
        return (String) json.get("body");
    }

    // --- policy check

    @Test
    void check_annotates_each_lint_finding_as_a_warning_and_lint_findings_alone_pass() throws Exception {
        Tools.Result run = script("check", "--as-of", AS_OF);
        assertEquals(0, run.exit(), run.toString());
        List<String> out = run.outLines();
        assertEquals(POLICY + ": valid (5 data categories, 18 elements, 6 retention rules, 2 cookies)", out.get(0));
        assertEquals("::warning file=" + POLICY + ",line=27,col=7::GDPR 13(2)(e): category 'account' does not say"
                + " whether providing it is required; add provision: with requirement: statutory, contractual,"
                + " contract-entry, voluntary", out.get(2));
        assertTrue(out.contains("::warning file=" + POLICY + ",line=88,col=7::GDPR 13(1)(c): purpose"
                + " 'improve-the-product' has no legal basis; add legalBasis: with one of consent, contract,"
                + " legal-obligation, vital-interests, public-task, legitimate-interests"), run.out());
        assertEquals(50, out.stream().filter(l -> l.startsWith("::warning file=" + POLICY + ",line=")).count());
        assertFalse(run.out().contains("::error"), run.out());
        assertEquals("errors=0\nwarnings=50\n", output());

        String summary = summary();
        assertTrue(summary.startsWith("### Policy check\n\n✅ The policy is valid. The lint lists 50 things the law"
                + " asks it to say that it does not: warnings, which do not fail the check. GitHub shows the first 10"
                + " on their lines; all are below.\n\n```text\n" + POLICY + ": valid ("), summary);
        assertTrue(summary.contains("\n" + POLICY + ":88:7: GDPR 13(1)(c): purpose 'improve-the-product' has no legal"
                + " basis;"), summary);
        assertTrue(summary.endsWith("\nlint: 50 findings (gdpr, uk-gdpr, ccpa); `policy lint --explain gdpr-13-2-e`"
                + " says what an item asks and why\n```\n\n"), summary);
        assertFalse(summary.contains("::warning"), summary);
    }

    @Test
    void check_fails_the_job_on_a_policy_error_annotated_at_its_line() throws Exception {
        livingPolicy("  title: What we collect", "  tit%le: What we collect");
        Tools.Result run = script("check", "--as-of", AS_OF);
        assertEquals(1, run.exit(), run.toString());
        assertEquals("", run.out());
        assertEquals(List.of("::error file=" + POLICY + ",line=24,col=3::collection.tit%25le: unknown key 'tit%25le';"
                + " did you mean 'title'? Known keys here: title, categories, intro, sources",
                "1 problem in " + POLICY + "; nothing was written"), run.errLines());
        assertEquals("errors=1\nwarnings=0\n", output());
        assertEquals("### Policy check\n\n❌ The policy has an error, annotated at its line in the pull request and"
                + " listed below. Nothing is built from the policy until it is fixed.\n\n```text\n"
                + POLICY + ":24:3: collection.tit%le: unknown key 'tit%le'; did you mean 'title'? Known keys here:"
                + " title, categories, intro, sources\n1 problem in " + POLICY + "; nothing was written\n```\n\n",
                summary());
    }

    @Test
    void check_passes_on_strict_and_fails_when_the_tool_cannot_run() throws Exception {
        Tools.Result strict = script("check", "--strict", "--as-of", AS_OF);
        assertEquals(1, strict.exit());
        assertTrue(summary().contains("❌ The lint's findings fail the check (--strict)."), summary());

        env.put("POLICY", dir.resolve("bin/no-such-tool").toString());
        Tools.Result missing = script("check");
        assertEquals(3, missing.exit(), missing.toString());
        assertTrue(missing.out().startsWith("::error::could not run " + dir.resolve("bin/no-such-tool")), missing.out());
    }

    // --- policy diff

    @Test
    void diff_writes_the_comment_with_its_marker_and_the_step_summary_and_a_change_does_not_fail() throws Exception {
        livingPolicy("keptFor: { upTo: 90 days, after: build }", "keptFor: { upTo: 180 days, after: build }");
        Path out = dir.resolve("runner-temp/policy-diff");
        Tools.Result run = script("diff", "--out", out.toString());
        assertEquals(0, run.exit(), run.toString());
        assertEquals("kind=material\n", output());
        assertEquals(List.of("policy diff: exit 11 (material change); the summary is in " + out.resolve("comment.md")
                + " and the job summary"), run.outLines());

        String markdown = summary();
        assertTrue(markdown.startsWith("## Privacy Policy: material change\n\nCompared"
                + " `content/privacy/versions/2026-04-08.yaml` (last updated 2026-04-08) with `" + POLICY + "`"), markdown);
        assertTrue(markdown.contains("90 days") && markdown.contains("180 days"), markdown);
        assertEquals(MARKER + "\n" + markdown + "\n<sub>`policy diff` for " + SHA.substring(0, 7) + " · [the run]"
                + "(https://github.com/" + REPO + "/actions/runs/9001); this comment is updated on every push.</sub>\n",
                Files.readString(out.resolve("comment.md")));
        assertEquals(List.of(), calls(), "diff never calls GitHub");
    }

    @Test
    void diff_of_a_broken_policy_fails_and_the_comment_says_it_was_not_compared() throws Exception {
        livingPolicy("  title: What we collect", "  tilte: What we collect");
        Path out = dir.resolve("runner-temp/policy-diff");
        Tools.Result run = script("diff", "--out", out.toString());
        assertEquals(1, run.exit(), run.toString());
        assertEquals("kind=error\n", output());
        assertEquals("", run.err(), "the policy's words reach the summary, not the log");
        String comment = Files.readString(out.resolve("comment.md"));
        assertTrue(comment.startsWith(MARKER + "\n## Privacy Policy: not compared\n\n`policy diff` could not compare"
                + " the policy (exit 1). The errors are annotated at their lines by the `policy check` step.\n\n```text\n"
                + POLICY + ":24:3: collection.tilte: unknown key 'tilte'; did you mean 'title'?"), comment);
        assertTrue(summary().startsWith("## Privacy Policy: not compared\n"), summary());
    }

    // --- the sticky comment

    @Test
    void the_first_run_posts_the_comment_on_the_pull_request_of_the_event() throws Exception {
        livingPolicy("      name: Run the service\n", "      name: Run the service\n      legalBasis: contract\n");
        Path out = dir.resolve("runner-temp/policy-diff");
        assertEquals(0, script("diff", "--out", out.toString()).exit());
        // Someone else's comments, one quoting the marker: neither is the bot's.
        Files.writeString(gh.resolve("comments-1.json"), "[{\"id\": 5, \"user\": {\"login\": \"legal-reviewer\"},"
                + " \"body\": \"Looks good\"}, {\"id\": 6, \"user\": {\"login\": \"legal-reviewer\"}, \"body\": \"> "
                + MARKER + " quoted\"}]");
        event(314, REPO);

        Tools.Result run = script("comment", out.resolve("comment.md").toString());
        assertEquals(0, run.exit(), run.toString());
        List<List<String>> calls = calls();
        assertEquals(List.of(List.of("api", "repos/" + REPO + "/issues/314/comments?per_page=100&page=1"),
                List.of("api", "--method", "POST", "repos/" + REPO + "/issues/314/comments", "--input",
                        calls.get(1).get(5))), calls);
        String body = sentBody(2);
        assertEquals(Files.readString(out.resolve("comment.md")), body);
        assertTrue(body.startsWith(MARKER + "\n## Privacy Policy: editorial change\n"), body);
        assertTrue(body.contains("- Legal basis of run the service: not stated → performance of a contract with you\n"),
                body);
        assertEquals(List.of("commented the policy diff on pull request #314"), run.outLines());
    }

    @Test
    void a_later_push_updates_the_bots_comment_found_on_a_later_page() throws Exception {
        Path body = Files.writeString(dir.resolve("comment.md"), MARKER + "\n## Privacy Policy: no change\n");
        StringBuilder page1 = new StringBuilder("[");
        for (int id = 1; id <= 100; id++) {
            page1.append(id == 1 ? "" : ", ").append("{\"id\": ").append(id)
                    .append(", \"user\": {\"login\": \"github-actions[bot]\"}, \"body\": \"another bot comment\"}");
        }
        Files.writeString(gh.resolve("comments-1.json"), page1.append("]").toString());
        Files.writeString(gh.resolve("comments-2.json"), "[{\"id\": 500, \"user\": {\"login\": \"legal-reviewer\"},"
                + " \"body\": \"" + MARKER + "\"}, {\"id\": 777, \"user\": {\"login\": \"github-actions[bot]\"},"
                + " \"body\": \"" + MARKER + "\\n## Privacy Policy: material change\"}]");
        event(7, REPO);

        Tools.Result run = script("comment", body.toString());
        assertEquals(0, run.exit(), run.toString());
        List<List<String>> calls = calls();
        assertEquals(List.of(List.of("api", "repos/" + REPO + "/issues/7/comments?per_page=100&page=1"),
                List.of("api", "repos/" + REPO + "/issues/7/comments?per_page=100&page=2"),
                List.of("api", "--method", "PATCH", "repos/" + REPO + "/issues/comments/777", "--input",
                        calls.get(2).get(5))), calls);
        assertEquals(MARKER + "\n## Privacy Policy: no change\n", sentBody(3));
        assertEquals(List.of("updated the policy diff comment 777 of pull request #7"), run.outLines());
    }

    @Test
    void a_pull_request_from_a_fork_is_not_commented_its_token_cannot() throws Exception {
        Path body = Files.writeString(dir.resolve("comment.md"), MARKER + "\nx\n");
        event(99, "someone/privacy-policy-fork");
        Tools.Result run = script("comment", body.toString());
        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of(), calls());
        assertTrue(run.out().startsWith("::notice::pull request #99 comes from a fork"), run.out());
    }

    @Test
    void a_comment_github_refuses_fails_the_step() throws Exception {
        Path body = Files.writeString(dir.resolve("comment.md"), MARKER + "\nx\n");
        Files.writeString(gh.resolve("fail-writes"), "");
        Tools.Result run = script("comment", body.toString());
        assertEquals(1, run.exit(), run.toString());
        assertEquals(2, calls().size());
        assertTrue(run.out().startsWith("::error::gh api --method POST repos/" + REPO + "/issues/42/comments --input "),
                run.out());
        assertTrue(run.out().contains("failed: gh: Resource not accessible by integration (HTTP 403)"), run.out());
    }

    @Test
    void comment_needs_a_pull_request_event_and_a_body() throws Exception {
        Path body = Files.writeString(dir.resolve("comment.md"), MARKER + "\nx\n");
        Files.writeString(github.resolve("event.json"), "{\"ref\": \"refs/heads/main\"}");
        Tools.Result push = script("comment", body.toString());
        assertEquals(2, push.exit());
        assertTrue(push.err().contains("GITHUB_EVENT_PATH holds no pull_request"), push.err());
        assertEquals(2, script("comment", dir.resolve("missing.md").toString()).exit());
        assertEquals(2, script("diff").exit());
        assertEquals(2, script("post").exit());
        assertEquals(List.of(), calls());
    }
}
