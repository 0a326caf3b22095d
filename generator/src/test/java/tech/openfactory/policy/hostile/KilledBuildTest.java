package tech.openfactory.policy.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.site.Project;
import tech.openfactory.policy.site.SiteBuilder;

/**
 * A build killed at any moment (kill -9 of the process) leaves the site as it was, or, if it got that far, the
 * complete new site: never a half-written one. The next build clears what the killed one left behind.
 */
class KilledBuildTest {

    @Test
    void a_build_killed_half_way_leaves_the_previous_site(@TempDir Path dir) throws Exception {
        Path oldSite = dir.resolve("old");
        Path newSite = dir.resolve("new");
        SiteBuilder.builder().content(Project.content()).templates(Project.templates()).out(oldSite).build().render();
        LocalDate asOf = LocalDate.of(2025, 12, 1);
        SiteBuilder.builder().content(Project.exampleContent()).templates(Project.templates()).out(newSite).asOf(asOf)
                .build().render();
        Map<String, String> before = Project.treeText(oldSite);
        Map<String, String> after = Project.treeText(newSite);

        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> outcomes = new ArrayList<>();
        for (int delay : new int[] {200, 700, 1400, 2100, 2600, 3000, 3400, 3800, 8000}) {
            Path run = Files.createDirectories(dir.resolve("run-" + delay));
            Path out = run.resolve("site");
            copy(oldSite, out);
            Process build = new ProcessBuilder(java, "-cp", classpath, "tech.openfactory.policy.cli.PolicyCommand",
                    "build", "--content", Project.exampleContent().toString(), "--templates",
                    Project.templates().toString(), "--out", out.toString(), "--as-of", asOf.toString())
                    .redirectErrorStream(true).redirectOutput(run.resolve("log.txt").toFile()).start();
            boolean finished = build.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                build.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            Map<String, String> now = Project.treeText(out);
            assertTrue(now.equals(before) || now.equals(after),
                    "killed after " + delay + " ms, the site is neither the old one nor the new one: " + now.keySet());
            outcomes.add(delay + " ms: " + (finished ? "finished" : "killed") + ", site " + (now.equals(before) ? "old" : "new"));

            // The next build starts clean: no staging folder of the killed one survives it.
            SiteBuilder.builder().content(Project.exampleContent()).templates(Project.templates()).out(out).asOf(asOf)
                    .build().render();
            try (Stream<Path> left = Files.list(run)) {
                assertEquals(List.of("log.txt", "site"), left.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
        System.out.println("killed builds: " + String.join("; ", outcomes));
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString().replace('/', File.separatorChar));
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
