package tech.openfactory.policy.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.openfactory.policy.cli.PolicyCommand;
import tech.openfactory.policy.site.Project;
import tech.openfactory.policy.site.SiteBuilder;

/**
 * The hostile-input corpus: every case ends in exit 1 with exactly the lines it stores (each located message and
 * the summary naming the files they are in) and the previous site byte-identical, or, for input a policy may
 * legitimately contain, in exit 0 with nothing on standard error, the output of a good build and, for prose, a
 * page from which nothing can run. Each case runs the real command line in-process, bounded in time.
 */
class HostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final Map<String, Long> MILLIS = new ConcurrentHashMap<>();
    private static Path goodSite;
    private static Map<String, String> goodTree;
    /** What a build that succeeds prints on standard output, the site folder written as "site". */
    private static List<String> goodOut;

    @BeforeAll
    static void publishAGoodSite() throws Exception {
        goodSite = Files.createTempDirectory("hostile-good-").resolve("site");
        SiteBuilder.builder().content(Project.content()).templates(Project.templates()).out(goodSite).build().render();
        goodTree = Project.treeText(goodSite);
        // The corpus's base alone, with no history, as the cases are written: what each case that builds prints.
        Path dir = Files.createTempDirectory("hostile-base-");
        Files.createDirectories(dir.resolve("content/privacy"));
        Files.writeString(dir.resolve("content/privacy/policy.yaml"), HostileCase.base());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PolicyCommand.execute(new String[] {"build", "--content", dir.resolve("content").toString(),
            "--templates", Project.templates().toString(), "--out", dir.resolve("site").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, exit, err.toString());
        goodOut = lines(out.toString().replace(dir.resolve("content").toString(), "content")
                .replace(dir.resolve("site").toString(), "site"));
    }

    /** The lines of an output; none for an empty one. */
    private static List<String> lines(String output) {
        List<String> lines = new java.util.ArrayList<>(Arrays.asList(output.split("\\R", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static List<String> cases() throws Exception {
        return HostileCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ends_as_required(String file) throws Exception {
        HostileCase hostile = HostileCase.load(file);
        Path dir = Files.createTempDirectory("hostile-");
        Path content = dir.resolve("content");
        hostile.writeInto(content);
        Path site = dir.resolve("site");
        copy(goodSite, site);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int exit = assertTimeoutPreemptively(HANG_GUARD, () -> PolicyCommand.execute(new String[] {"build",
                "--content", content.toString(), "--templates", Project.templates().toString(), "--out", site.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true)));
        MILLIS.put(file, (System.nanoTime() - start) / 1_000_000);

        String stderr = err.toString().replace(content.toString(), "content").replace(site.toString(), "site");
        String stdout = out.toString().replace(content.toString(), "content").replace(site.toString(), "site");
        if (Boolean.getBoolean("hostile.print")) {
            System.out.println("CASE " + file + " exit=" + exit + "\n" + stderr + "END");
        }
        assertFalse(stderr.contains("\tat ") || stderr.contains("Exception"), stderr);
        assertEquals(hostile.exit(), exit, stderr);
        // Every line, in order: a message that moves, an extra one or a summary naming the wrong file all fail.
        assertEquals(hostile.stderr(), lines(stderr), "standard error, line by line");
        if (exit != 0) {
            assertEquals(List.of(), lines(stdout), "nothing on standard output when the build fails");
            assertEquals(goodTree, Project.treeText(site), "the previous site must stay byte-identical");
        } else {
            assertEquals(goodOut, lines(stdout), "the output of a good build");
        }
        if (hostile.page()) {
            assertNothingCanRun(Jsoup.parse(site.resolve("privacy/index.html").toFile()));
        }
    }

    /** No element, attribute or link that runs code or loads something made it into the page. */
    static void assertNothingCanRun(Document page) {
        assertTrue(page.select("script, iframe, frame, object, embed, style, svg, math, img, form, base, meta[http-equiv=refresh]")
                .isEmpty(), "an active element reached the page");
        Set<String> ids = new HashSet<>();
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(a -> {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler " + a);
                assertFalse(a.getValue().replaceAll("\\s", "").toLowerCase().matches("^(javascript|data|vbscript):.*"),
                        "unsafe URL " + a);
            });
            if (!element.id().isEmpty()) {
                assertTrue(ids.add(element.id()), "duplicate id " + element.id());
            }
        }
        assertFalse(page.outerHtml().contains("window.__pwned=true\">"), "a script-bearing link survived");
    }

    @AfterAll
    static void report() {
        var longest = MILLIS.entrySet().stream().max(Map.Entry.comparingByValue());
        System.out.printf("hostile corpus: %d cases ended as required; longest %s (%d ms)%n", MILLIS.size(),
                longest.map(Map.Entry::getKey).orElse("-"), longest.map(Map.Entry::getValue).orElse(0L));
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
