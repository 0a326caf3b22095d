package tech.openfactory.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.site.Project;

/** release, diff and check as legal's pull requests use them on a history of versions. */
class HistoryCommandsTest {

    private static Run run(String... args) {
        return Run.of(args);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = HistoryCommandsTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A copy of the example's content folder to change freely. */
    private static Path copyOfExample(Path dir) throws IOException {
        Path source = Project.exampleContent();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.naturalOrder())::iterator) {
                Path target = dir.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return dir;
    }

    @Test
    void diff_prints_the_pull_request_summary_of_the_example_and_exits_material() throws IOException {
        Path content = Project.exampleContent();
        Run run = run("diff", "--content", content.toString(), "--as-of", "2026-12-01");
        assertEquals(11, run.exit(), run.err());
        assertEquals(golden("policy-history-diff.md"), run.out().replace(content.toString(), "content"));
    }

    @Test
    void diff_exits_10_for_an_editorial_change_and_0_for_none() {
        Path versions = Project.exampleContent().resolve("privacy/versions");
        Run editorial = run("diff", versions.resolve("2025-01-15.yaml").toString(), versions.resolve("2025-03-03.yaml").toString());
        assertEquals(10, editorial.exit(), editorial.err());
        assertTrue(editorial.out().startsWith("## Privacy Policy: editorial change\n"), editorial.out());
        // The date is the one fact that moved: reviewers see it, and the rest is wording.
        assertTrue(editorial.out().contains("### What changed in the facts\n\n**Privacy Policy**\n\n"
                + "- Last updated: January 15, 2025 → March 3, 2025\n\n### What changed in the wording"), editorial.out());
        Run none = run("diff", versions.resolve("2025-03-03.yaml").toString(), versions.resolve("2025-03-03.yaml").toString());
        assertEquals(0, none.exit());
        assertTrue(none.out().contains("**Kind:** none"), none.out());
    }

    @Test
    void check_refuses_a_tampered_version_with_exit_1(@TempDir Path dir) throws IOException {
        Path content = copyOfExample(dir);
        Path version = content.resolve("privacy/versions/2025-06-02.yaml");
        Files.writeString(version, Files.readString(version).replace("keptFor: { typically: 180 days }",
                "keptFor: { typically: 30 days }"));
        Run run = run("check", "--content", content.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(version + ":1:1: this published version was changed (its SHA-256 is "), run.err());
        assertTrue(run.err().contains("; a published version is frozen: restore it with git checkout and publish the"
                + " change as a new version with `policy release`"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void release_refuses_a_material_change_with_too_short_a_notice(@TempDir Path dir) throws IOException {
        Path content = copyOfExample(dir);
        Path living = content.resolve("privacy/policy.yaml");
        // Released on December 10 with 30 days' notice, it may take effect on January 9 at the earliest.
        Files.writeString(living, Files.readString(living).replace("lastUpdated: 2025-11-03", "lastUpdated: 2025-12-10"));
        List<Path> before = tree(content.resolve("privacy/versions"));
        Run run = run("release", "--content", content.toString(), "--kind", "material", "--summary", "Email delivery.",
                "--date", "2025-12-10");
        assertEquals(1, run.exit(), run.out());
        assertEquals(living + ":9:12: effective: a material change released on 2025-12-10 takes effect after the"
                + " notice period of 30 days; write effective: 2026-01-09 or later" + System.lineSeparator()
                + "1 problem in " + living + "; nothing was published" + System.lineSeparator(), run.err());
        assertEquals(before, tree(content.resolve("privacy/versions")), "nothing may be written when a release is refused");
    }

    /** Every file below a folder: the versions, the lock and the translations frozen with a version. */
    private static List<Path> tree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void release_publishes_the_next_version_that_check_then_accepts(@TempDir Path dir) throws IOException {
        Path content = copyOfExample(dir);
        Path living = content.resolve("privacy/policy.yaml");
        Files.writeString(living, Files.readString(living).replace("lastUpdated: 2025-11-03", "lastUpdated: 2025-12-01"));
        Run release = run("release", "--content", content.toString(), "--kind", "material", "--summary",
                "Email delivery.", "--date", "2025-12-01");
        assertEquals(0, release.exit(), release.err());
        assertTrue(Files.exists(content.resolve("privacy/versions/2025-12-01.yaml")));
        Run check = run("check", "--content", content.toString());
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("6 published versions, the latest 2025-12-01; no unreleased change"), check.out());
    }

    @Test
    void release_rejects_an_unknown_kind_as_a_usage_error() {
        Run run = run("release", "--kind", "cosmetic", "--summary", "x");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("--kind is editorial, material or initial, not 'cosmetic'"), run.err());
    }
}
