package tech.openfactory.policy.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.site.BuildStoppedInTheSwap;
import tech.openfactory.policy.site.Project;
import tech.openfactory.policy.site.SiteBuilder;

/**
 * A build killed with kill -9 in the swap window (the previous site renamed aside, the new one not yet renamed in)
 * loses nothing: the previous site is whole beside the output folder, and the next build, even one that fails,
 * puts it back; the next good build publishes the new site and leaves nothing behind. The process is stopped in
 * the window by a hook of the site writer and killed there, not after a guessed delay. SiteSwapTest covers every
 * other step, in-process.
 */
class KilledBuildTest {

    @Test
    void a_build_killed_between_the_two_renames_loses_nothing(@TempDir Path dir) throws Exception {
        // A copy of the templates: others may edit the repository's while this test runs.
        Path templates = dir.resolve("templates");
        PathUtils.copyDirectory(Project.templates(), templates);
        Path run = Files.createDirectories(dir.resolve("run"));
        Path out = run.resolve("site");
        LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
        SiteBuilder.builder().content(Project.content()).templates(templates).out(out).asOf(asOf).build().render();
        Map<String, String> before = Project.treeText(out);
        // The new site: the same policy after an edit (one version, so that the builds stay quick).
        Path edited = Project.contentWith(dir.resolve("edited"),
                Project.policyWith("keptFor: { upTo: 90 days, after: build }", "keptFor: { upTo: 60 days, after: build }"));

        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process build = new ProcessBuilder(java, "-cp", classpath, BuildStoppedInTheSwap.class.getName(),
                edited.toString(), templates.toString(), out.toString(), asOf.toString(),
                "MOVE_NEW_IN").redirectErrorStream(true).start();
        try {
            awaitStopped(build);
        } finally {
            build.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook of the build runs
            assertTrue(build.waitFor(30, TimeUnit.SECONDS), "the killed build did not exit");
        }
        assertEquals(137, build.exitValue(), "killed by SIGKILL");

        // What the kill left: no site folder for that instant, the previous site whole beside the new one.
        List<String> left = entries(run);
        assertEquals(2, left.size(), left.toString());
        assertTrue(left.get(0).startsWith(".site.new-") && left.get(1).startsWith(".site.old-"), left.toString());
        assertEquals(before, Project.treeText(run.resolve(left.get(1))), "the previous site is whole");
        Map<String, String> killedNew = Project.treeText(run.resolve(left.get(0)));

        // The next build fails (a policy error), yet puts the previous site back first.
        Path broken = Project.contentWith(dir.resolve("broken"),
                Project.policyWith("effective: 2026-03-10", "effective: 2026-13-10"));
        SiteBuilder failing = SiteBuilder.builder().content(broken).templates(templates).out(out).asOf(asOf).build();
        assertThrows(PolicyException.class, failing::render);
        assertEquals(before, Project.treeText(out));
        assertEquals(List.of("site"), entries(run));

        // The next good build publishes what the killed one had staged, complete, and leaves nothing beside it.
        SiteBuilder.builder().content(edited).templates(templates).out(out).asOf(asOf).build().render();
        assertEquals(killedNew, Project.treeText(out));
        assertTrue(killedNew.get("privacy/index.html").contains("Up to 60 days after build"), "the edited policy");
        assertEquals(List.of("site"), entries(run));
    }

    /** Reads the build's output until it says it stopped in the window; fails on exit or after a deadline. */
    private static void awaitStopped(Process build) throws Exception {
        StringBuilder output = new StringBuilder();
        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.startsWith(BuildStoppedInTheSwap.STOPPED)) {
                        return true;
                    }
                }
                return false;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        try {
            if (!stopped.get(2, TimeUnit.MINUTES)) {
                synchronized (output) {
                    fail("the build ended before the swap window:\n" + output);
                }
            }
        } catch (TimeoutException e) {
            synchronized (output) {
                fail("the build did not reach the swap window in 2 minutes:\n" + output);
            }
        }
    }

    private static List<String> entries(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
