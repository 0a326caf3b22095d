package tech.openfactory.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.site.Project;

/** The command line as legal's CI and a newcomer use it: exit codes, messages, and nothing else on screen. */
class PolicyCommandTest {

    private static Run run(String... args) {
        return Run.of(args);
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception in thread"), run.err());
    }

    @Test
    void build_reports_a_typo_a_duplicate_key_and_a_bad_date_and_keeps_the_old_site(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        Run good = run("build", "--content", Project.content().toString(), "--templates",
                Project.templates().toString(), "--out", site.toString());
        assertEquals(0, good.exit(), good.err());
        Map<String, String> before = Project.treeText(site);

        String policy = Project.policyWith("effective: 2026-03-10", "effective: 2026-02-30")
                .replace("  title: What we collect", "  tilte: What we collect")
                .replace("  email: privacy@openfactory.tech", "  email: privacy@openfactory.tech\n  email: legal@openfactory.tech");
        Path content = Project.contentWith(dir.resolve("content"), policy);
        Run bad = run("build", "--content", content.toString(), "--templates", Project.templates().toString(),
                "--out", site.toString());

        String file = content.resolve("privacy/policy.yaml").toString();
        String[] lines = policy.split("\n");
        int tilte = lineOf(lines, "tilte:");
        int email = lineOf(lines, "email: privacy@");
        assertEquals(1, bad.exit());
        assertEquals(String.join(System.lineSeparator(),
                file + ":9:12: effective: '2026-02-30' is not a date that exists; write a real calendar date as YYYY-MM-DD",
                file + ":" + tilte + ":3: collection.tilte: unknown key 'tilte'; did you mean 'title'? Known keys here:"
                        + " title, categories, intro, sources",
                file + ":" + (email + 1) + ":3: contact.email: duplicate key, also written at line " + email
                        + ":3; keep one of the two",
                "3 problems in " + file + "; " + site + " is unchanged", ""), bad.err());
        assertEquals("", bad.out());
        assertNoStackTrace(bad);
        assertEquals(before, Project.treeText(site));
    }

    private static int lineOf(String[] lines, String fragment) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment);
    }

    @Test
    void check_validates_without_writing_anything(@TempDir Path dir) throws Exception {
        Run run = run("check", "--content", Project.content().toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("(?s).*policy\\.yaml: valid \\(\\d+ data categories, \\d+ elements, \\d+ retention"
                + " rules, \\d+ cookies\\)\\R\\d+ published versions?, the latest \\d{4}-\\d\\d-\\d\\d; .*\\R"), run.out());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void check_fails_with_exit_1_on_a_broken_policy(@TempDir Path dir) throws Exception {
        Path content = Project.contentWith(dir, Project.policyWith("      category: conversations\n", "      category: chats\n"));
        Run run = run("check", "--content", content.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("retention.rules[3].category: unknown category 'chats'; write one of the ids"
                + " defined under collection.categories: account, builds, conversations, security, organizations"), run.err());
        assertTrue(run.err().endsWith("1 problem in " + content.resolve("privacy/policy.yaml") + "; nothing was written"
                + System.lineSeparator()), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void a_missing_content_folder_is_a_policy_error_not_a_crash(@TempDir Path dir) {
        Run run = run("check", "--content", dir.resolve("nowhere").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(dir.resolve("nowhere/privacy/policy.yaml") + ":1:1: no such file;"), run.err());
    }

    @Test
    void help_documents_the_commands_and_exit_codes() {
        Run run = run("--help");
        assertEquals(0, run.exit());
        for (String expected : new String[] {"build", "check", "Exit codes:", "0", "1", "2"}) {
            assertTrue(run.out().contains(expected), expected + " missing from: " + run.out());
        }
        assertTrue(run.out().contains("the command line is wrong"));
    }

    @Test
    void build_help_shows_the_defaults() {
        Run run = run("build", "--help");
        assertEquals(0, run.exit());
        String text = run.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("(default: content)") && text.contains("(default: templates)")
                && text.contains("(default: site)"), run.out());
    }

    @Test
    void version_prints_the_tool_version() {
        Run run = run("--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().matches("policy \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), run.out());
    }

    @Test
    void an_unknown_option_is_a_usage_error_with_exit_2() {
        Run run = run("build", "--contnet");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("Unknown option: '--contnet'"), run.err());
        assertTrue(run.err().contains("Possible solutions: --content"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void no_command_is_a_usage_error_with_exit_2() {
        Run run = run();
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("say what to do: build, check, lint, release, diff or serve"), run.err());
    }
}
