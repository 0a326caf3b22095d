package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.site.PreviewServer.Snapshot;
import tech.openfactory.policy.site.PreviewServer.Watch;

/**
 * serve shows editors what build would publish, and shows it again, or their mistakes, after each save. Tests wait
 * for a render through the preview's render counter (bounded, so a broken watch fails instead of hanging), never
 * for a fixed time.
 */
class PreviewServerTest {
    /** Far more than a render takes; only reached when the preview never renders again. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The tests look at the sources more often than serve does, to run quickly. */
    private static final Duration INTERVAL = Duration.ofMillis(20);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final StringWriter errors = new StringWriter();
    private final PrintWriter err = new PrintWriter(errors, true);

    @TempDir
    Path dir;
    Path content;
    Path templates;
    Path policy;
    SiteBuilder builder;

    /** The real policy and a copy of the templates (others may edit the repository's while the tests run). */
    @BeforeEach
    void project() throws Exception {
        content = Project.contentWith(dir.resolve("content"), Project.policyText());
        templates = dir.resolve("templates");
        PathUtils.copyDirectory(Project.templates(), templates);
        policy = content.resolve(SiteBuilder.POLICY_FILE);
        builder = SiteBuilder.builder().content(content).templates(templates).out(dir.resolve("site")).build();
    }

    private PreviewServer start(UnaryOperator<Watch> watchSeam) throws IOException {
        return PreviewServer.start(builder::files, builder.sources(), 0, err, INTERVAL, watchSeam);
    }

    private HttpResponse<byte[]> get(PreviewServer preview, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The next render after {@code render}; fails when the preview does not render again. */
    private static Snapshot awaitRenderAfter(PreviewServer preview, long render) throws InterruptedException {
        Snapshot next = preview.awaitRender(render + 1, PATIENCE);
        assertNotNull(next, "the preview did not render again after render " + render);
        return next;
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private void edit(String from, String to) throws IOException {
        String text = Files.readString(policy);
        assertTrue(text.contains(from), from);
        Files.writeString(policy, text.replace(from, to));
    }

    @Test
    void serves_every_file_build_writes_byte_for_byte() throws Exception {
        builder.render();
        Map<String, byte[]> built = Project.tree(dir.resolve("site"));
        try (PreviewServer preview = PreviewServer.start(builder, 0, err)) {
            for (Map.Entry<String, byte[]> file : built.entrySet()) {
                HttpResponse<byte[]> served = get(preview, "/" + file.getKey());
                assertEquals(200, served.statusCode(), file.getKey());
                assertArrayEquals(file.getValue(), served.body(), file.getKey() + " differs from the built file");
                assertEquals(PreviewServer.contentType(file.getKey()),
                        served.headers().firstValue("Content-Type").orElseThrow(), file.getKey());
                assertEquals("no-store", served.headers().firstValue("Cache-Control").orElseThrow());
                PreviewServer.SECURITY_HEADERS.forEach((name, value) ->
                        assertEquals(value, served.headers().firstValue(name).orElse(null), name));
            }
            assertArrayEquals(built.get("privacy/index.html"), get(preview, "/privacy/").body());
            assertEquals("/privacy/", get(preview, "/").headers().firstValue("Location").orElseThrow());
            HttpResponse<byte[]> folder = get(preview, "/privacy");
            assertEquals(301, folder.statusCode());
            assertEquals("/privacy/", folder.headers().firstValue("Location").orElseThrow());
            HttpResponse<byte[]> missing = get(preview, "/privacy/nothing.html");
            assertEquals(404, missing.statusCode());
            assertEquals("not found: /privacy/nothing.html", text(missing));
        }
        assertEquals("", errors.toString());
    }

    @Test
    void after_an_edit_the_next_request_serves_the_page_rendered_again() throws Exception {
        try (PreviewServer preview = start(UnaryOperator.identity())) {
            long first = preview.renders();
            assertTrue(text(get(preview, "/privacy/")).contains("Up to 90 days after build"));

            edit("keptFor: { upTo: 90 days, after: build }", "keptFor: { upTo: 60 days, after: build }");
            awaitRenderAfter(preview, first);
            HttpResponse<byte[]> page = get(preview, "/privacy/");
            assertEquals(200, page.statusCode());
            assertArrayEquals(builder.files().get("privacy/index.html"), page.body());
            assertTrue(text(page).contains("Up to 60 days after build"), "the saved change was not rendered");
        }
    }

    @Test
    void after_a_broken_edit_every_page_shows_the_problem_with_its_file_line_and_column() throws Exception {
        try (PreviewServer preview = start(UnaryOperator.identity())) {
            long first = preview.renders();
            edit("effective: 2026-03-10", "effective: 2026-02-30");
            Snapshot broken = awaitRenderAfter(preview, first);
            String problem = policy + ":9:12: effective: '2026-02-30' is not a date that exists";
            assertTrue(broken.failure().contains(problem), broken.failure());
            for (String path : List.of("/privacy/", "/privacy/style.css", "/privacy/versions/", "/privacy/feed.xml",
                    "/privacy/nothing.html")) {
                HttpResponse<byte[]> page = get(preview, path);
                assertEquals(500, page.statusCode(), path);
                assertTrue(text(page).contains(problem.replace("'", "&#39;")), path + ": " + text(page));
            }

            edit("effective: 2026-02-30", "effective: 2026-03-10");
            Snapshot fixed = awaitRenderAfter(preview, broken.render());
            assertNull(fixed.failure());
            HttpResponse<byte[]> page = get(preview, "/privacy/");
            assertEquals(200, page.statusCode());
            assertArrayEquals(builder.files().get("privacy/index.html"), page.body());
        }
    }

    @Test
    void an_io_error_of_the_watch_is_logged_once_and_the_next_change_is_rendered() throws Exception {
        AtomicInteger failures = new AtomicInteger();
        UnaryOperator<Watch> failing = watch -> () -> {
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IOException("injected: No space left on device");
            }
            return watch.changed();
        };
        try (PreviewServer preview = start(failing)) {
            long first = preview.renders();
            failures.set(5); // five looks in a row fail, then the disk is back

            // Once it watches again, the preview renders what it may have missed while blind ...
            Snapshot caughtUp = awaitRenderAfter(preview, first);
            List<String> lines = errors.toString().lines().toList();
            assertEquals(2, lines.size(), "one line for the failure, one when it watches again: " + lines);
            assertEquals("serve: cannot watch " + builder.sources() + " for changes (IOException: injected: No space"
                    + " left on device); trying again, the preview renders again once it can", lines.get(0));
            assertEquals("serve: watching " + builder.sources() + " again", lines.get(1));

            // ... and the next change as usual.
            edit("keptFor: { upTo: 90 days, after: build }", "keptFor: { upTo: 60 days, after: build }");
            awaitRenderAfter(preview, caughtUp.render());
            assertTrue(text(get(preview, "/privacy/")).contains("Up to 60 days after build"),
                    "the change after the I/O error was not rendered");
        }
    }

    @Test
    void a_new_folder_under_the_sources_is_watched_too() throws Exception {
        try (PreviewServer preview = start(UnaryOperator.identity())) {
            long first = preview.renders();
            Path deep = Files.createDirectories(content.resolve("notes/2027"));
            Snapshot created = awaitRenderAfter(preview, first);
            Files.writeString(deep.resolve("notes.txt"), "a file in a folder made after serve started");
            awaitRenderAfter(preview, created.render());
        }
    }

    /**
     * Renders alternate between a site and a failure while requests arrive: every response is all of one render
     * (the one its header names), never a page of one render with the failure of another.
     */
    @Test
    void a_request_never_sees_the_files_of_one_render_and_the_failure_of_another() throws Exception {
        AtomicLong calls = new AtomicLong();
        PreviewServer.Render alternating = () -> {
            long render = calls.incrementAndGet();
            if (render % 2 == 1) {
                throw new SiteException("render " + render + " failed");
            }
            SortedMap<String, byte[]> files = new TreeMap<>();
            files.put("privacy/index.html", ("page of render " + render).getBytes(StandardCharsets.UTF_8));
            return files;
        };
        Path quiet = Files.createDirectories(dir.resolve("quiet"));
        try (PreviewServer preview = PreviewServer.start(alternating, List.of(quiet), 0, err, INTERVAL,
                UnaryOperator.identity())) {
            AtomicBoolean done = new AtomicBoolean();
            CompletableFuture<Void> rendering = CompletableFuture.runAsync(() -> {
                while (!done.get()) {
                    preview.render();
                    Thread.yield(); // let the requests run too on a busy machine
                }
            });
            int pages = 0;
            int failures = 0;
            try {
                // Requests in flight together, so that renders run while each is being answered.
                List<CompletableFuture<HttpResponse<byte[]>>> responses = new java.util.ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    responses.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + preview.port() + "/privacy/")).timeout(PATIENCE).build(),
                            HttpResponse.BodyHandlers.ofByteArray()));
                }
                for (CompletableFuture<HttpResponse<byte[]>> pending : responses) {
                    HttpResponse<byte[]> response = pending.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    long render = Long.parseLong(response.headers().firstValue(PreviewServer.RENDER_HEADER).orElseThrow());
                    if (render % 2 == 1) {
                        assertEquals(500, response.statusCode(), "render " + render + " failed");
                        assertTrue(text(response).contains("render " + render + " failed"), text(response));
                        failures++;
                    } else {
                        assertEquals(200, response.statusCode(), "render " + render + " succeeded");
                        assertEquals("page of render " + render, text(response));
                        pages++;
                    }
                }
            } finally {
                done.set(true);
                rendering.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
            assertTrue(pages > 0 && failures > 0, pages + " pages, " + failures + " failures");
            assertTrue(calls.get() > 1000, "renders ran alongside the requests: " + calls.get());
        }
    }
}
