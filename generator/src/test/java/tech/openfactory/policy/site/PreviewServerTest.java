package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve shows editors what build would publish, and shows it again, or their mistakes, after each save. */
class PreviewServerTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> get(PreviewServer preview, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Polls until the page satisfies {@code condition}; bounded, so a broken watcher fails instead of hanging. */
    private HttpResponse<byte[]> awaitPage(PreviewServer preview, String path, Predicate<HttpResponse<byte[]>> condition)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<byte[]> response = get(preview, path);
        while (!condition.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = get(preview, path);
        }
        return response;
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void serves_what_build_writes_and_renders_again_after_each_save(@TempDir Path dir) throws Exception {
        Path content = Project.contentWith(dir.resolve("content"), Project.policyText());
        SiteBuilder builder = SiteBuilder.builder().content(content).templates(Project.templates()).build();
        Path policy = content.resolve(SiteBuilder.POLICY_FILE);
        try (PreviewServer preview = PreviewServer.start(builder, 0)) {
            HttpResponse<byte[]> page = get(preview, "/privacy/");
            assertEquals(200, page.statusCode());
            assertArrayEquals(builder.files().get("privacy/index.html"), page.body());
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
            assertEquals("/privacy/", get(preview, "/").headers().firstValue("Location").orElseThrow());
            assertEquals("text/css; charset=utf-8", get(preview, "/privacy/style.css").headers()
                    .firstValue("Content-Type").orElseThrow());

            Files.writeString(policy, Files.readString(policy).replace("keptFor: { upTo: 90 days, after: build }",
                    "keptFor: { upTo: 60 days, after: build }"));
            assertTrue(text(awaitPage(preview, "/privacy/", r -> text(r).contains("Up to 60 days after build")))
                    .contains("Up to 60 days after build"), "the saved change was not rendered");

            Files.writeString(policy, Files.readString(policy).replace("effective: 2026-03-10", "effective: 2026-02-30"));
            HttpResponse<byte[]> broken = awaitPage(preview, "/privacy/", r -> r.statusCode() == 500);
            assertEquals(500, broken.statusCode());
            assertTrue(text(broken).contains(policy + ":9:12: effective: &#39;2026-02-30&#39; is not a date that"
                    + " exists"), text(broken));

            Files.writeString(policy, Files.readString(policy).replace("effective: 2026-02-30", "effective: 2026-03-10"));
            assertEquals(200, awaitPage(preview, "/privacy/", r -> r.statusCode() == 200).statusCode());
        }
    }

    @Test
    void answers_404_for_a_page_the_site_does_not_have() throws Exception {
        SiteBuilder builder = SiteBuilder.builder().content(Project.content()).templates(Project.templates()).build();
        try (PreviewServer preview = PreviewServer.start(builder, 0)) {
            assertEquals(404, get(preview, "/privacy/nothing.html").statusCode());
            assertTrue(preview.port() > 0);
        }
    }
}
