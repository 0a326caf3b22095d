package tech.openfactory.policy.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tech.openfactory.policy.hostile.HostileCase;
import tech.openfactory.policy.site.Project;
import tech.openfactory.policy.site.SiteBuilder;

/**
 * The prose cases of the hostile corpus, built and opened in Chromium: every script they carry would set
 * {@code window.__pwned}; it stays unset after the page loads and after every link of the planted prose is clicked.
 */
class ProseInBrowserTest {
    @TempDir
    static Path dir;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_flag_would_be_seen_if_a_script_ran() throws Exception {
        Path control = Files.createDirectories(dir.resolve("control/privacy"));
        Files.writeString(control.resolve("index.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>control</title>"
                + "</head><body><script>window.__pwned = true</script></body></html>");
        try (StaticSite site = StaticSite.serve(dir.resolve("control"))) {
            browser.open(site.url("/privacy/"));
            assertEquals(Boolean.TRUE, browser.script("return window.__pwned === true"));
        }
    }

    @Test
    void no_script_from_prose_runs_in_the_page() throws Exception {
        List<String> ran = new ArrayList<>();
        int pages = 0;
        for (String file : HostileCase.all()) {
            HostileCase hostile = HostileCase.load(file);
            if (!hostile.page()) {
                continue;
            }
            Path root = dir.resolve(file);
            hostile.writeInto(root.resolve("content"));
            SiteBuilder.builder().content(root.resolve("content")).templates(Project.templates())
                    .out(root.resolve("site")).build().render();
            try (StaticSite site = StaticSite.serve(root.resolve("site"))) {
                String url = site.url("/privacy/");
                browser.open(url);
                pages++;
                if (pwned()) {
                    ran.add(file + " on load");
                }
                int links = (int) browser.number("return document.querySelectorAll('#collection > p a').length");
                for (int i = 0; i < links; i++) {
                    browser.open(url);
                    List<WebElement> anchors = browser.driver.findElements(By.cssSelector("#collection > p a"));
                    browser.script("arguments[0].click()", anchors.get(i));
                    if (pwned()) {
                        ran.add(file + " after clicking link " + i);
                    }
                }
            }
        }
        assertEquals(List.of(), ran);
        assertTrue(pages >= 10, "the corpus holds at least ten prose cases, found " + pages);
        System.out.println("prose in Chromium: " + pages + " pages, no script ran");
    }

    private static boolean pwned() {
        return Boolean.TRUE.equals(browser.script("return window.__pwned === true"));
    }
}
