package tech.openfactory.policy.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import tech.openfactory.policy.site.Project;
import tech.openfactory.policy.site.SiteBuilder;

/**
 * The generated pages as a reader's browser shows them: headless Chromium (Debian's chromium and chromium-driver)
 * loads the real site and the example history from a server on 127.0.0.1, and checks what only a browser can:
 * nothing loaded from elsewhere, no console error, working contents links, phone width, print and dark styles,
 * axe-core's accessibility rules, and screenshots to look at.
 */
class BrowserChecksTest {
    /** The example history built for this day has its fourth version in force and its fifth announced. */
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final int DESKTOP = 1280;
    static final int PHONE = 375;

    /** One kind of page, where it is served, and the navigation it must carry. */
    record Page(String name, StaticSite site, String path, boolean toc, boolean siteNav) {
        String url() {
            return site.url(path);
        }

        @Override
        public String toString() {
            return name + " (" + path + ")";
        }
    }

    @TempDir
    static Path dir;
    static StaticSite real;
    static StaticSite example;
    static Browser browser;
    static List<Page> pages;
    static long started;

    @BeforeAll
    static void buildServeAndStartBrowser() throws Exception {
        started = System.nanoTime();
        browser = Browser.start();
        Path realSite = dir.resolve("real");
        Path exampleSite = dir.resolve("example");
        SiteBuilder.builder().content(Project.content()).templates(Project.templates()).out(realSite.resolve("site"))
                .build().render();
        SiteBuilder.builder().content(Project.exampleContent()).templates(Project.templates())
                .out(exampleSite.resolve("site")).asOf(AS_OF).build().render();
        real = StaticSite.serve(realSite.resolve("site"));
        example = StaticSite.serve(exampleSite.resolve("site"));
        List<Page> all = new ArrayList<>(List.of(
                new Page("real current page", real, "/privacy/", true, true),
                new Page("example current page", example, "/privacy/", true, true),
                new Page("example upcoming version", example, "/privacy/2025-11-03/", true, true),
                new Page("example changelog", example, "/privacy/changes/2025-06-02/", false, true),
                new Page("example versions list", example, "/privacy/versions/", false, true)));
        all.addAll(translatedPages(exampleSite.resolve("site")));
        pages = List.copyOf(all);
    }

    /**
     * The example's translated pages (its German and its Arabic, right to left), as the build made them: every
     * page below a language folder, {@code /privacy/<version>/<lang>/} or {@code /privacy/<lang>/...}.
     */
    static List<Page> translatedPages(Path site) throws IOException {
        List<Page> found = new ArrayList<>();
        for (String file : Project.tree(site).keySet()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "privacy/((?:\\d{4}-\\d\\d-\\d\\d/)?)([a-z]{2,3}(?:-[A-Za-z0-9]+)*)/((?:versions/)?)index\\.html")
                    .matcher(file);
            if (m.matches() && !m.group(2).equals("changes") && !m.group(2).equals("versions")) {
                boolean list = !m.group(3).isEmpty();
                String what = list ? "versions list" : m.group(1).isEmpty() ? "current page" : "version "
                        + m.group(1).replace("/", "");
                found.add(new Page("example " + what + " in " + m.group(2), example, "/" + file.replace("index.html", ""),
                        !list, true));
            }
        }
        if (found.stream().map(p -> p.path().replaceAll(".*/([a-z-]+)/(versions/)?$", "$1")).distinct().count() < 2) {
            fail("the example should have translated pages in German and Arabic; found " + found);
        }
        return found;
    }

    /** The example's Arabic page: the right-to-left one. */
    static Page arabic() {
        return pages.stream().filter(p -> p.path().matches(".*/ar/")).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (real != null) {
                real.close();
            }
            if (example != null) {
                example.close();
            }
            System.out.printf("BrowserChecksTest: %d pages, %.1f s%n", pages == null ? 0 : pages.size(),
                    (System.nanoTime() - started) / 1e9);
        }
    }

    @BeforeEach
    void desktopScreenLightMode() {
        browser.reset();
        browser.viewport(DESKTOP, 900, false);
        browser.console();
    }

    @Test
    void no_request_leaves_loopback() {
        List<String> problems = new ArrayList<>();
        for (Page page : pages) {
            browser.open(page.url());
            @SuppressWarnings("unchecked")
            List<String> urls = new ArrayList<>((List<String>) browser.script(
                    "return performance.getEntriesByType('resource').map(e => e.name)"));
            if (urls.stream().noneMatch(u -> u.endsWith("/style.css"))) {
                problems.add(page + ": the stylesheet was not loaded; resources: " + urls);
            }
            urls.add((String) browser.script("return document.URL"));
            for (String url : urls) {
                String host = URI.create(url).getHost();
                if (!"127.0.0.1".equals(host)) {
                    problems.add(page + ": requested " + url);
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> "requests off 127.0.0.1:\n" + String.join("\n", problems));
    }

    @Test
    void no_console_errors() {
        List<String> problems = new ArrayList<>();
        for (Page page : pages) {
            browser.console();
            browser.open(page.url());
            settle();
            String favicon = page.site().url("/favicon.ico") + " ";
            for (LogEntry entry : browser.console()) {
                // Browsers ask every origin for /favicon.ico by themselves; the pages link no icon, and the
                // origin's root is not part of the policy site, so its 404 here is no error of the pages.
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().startsWith(favicon)) {
                    problems.add(page + ": " + entry.getMessage());
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> "console errors:\n" + String.join("\n", problems));
    }

    /** Lets messages that arrive just after the load event (late subresources, CSP reports) reach the log. */
    private static void settle() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Test
    void table_of_contents_links_land_on_their_sections() {
        Page page = pages.get(0);
        browser.open(page.url());
        List<WebElement> links = browser.driver.findElements(By.cssSelector("nav#toc a"));
        assertTrue(links.size() >= 5, "expected the contents to link every section, found " + links.size() + " links");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            browser.script("window.scrollTo(0, 0)");
            WebElement link = browser.driver.findElements(By.cssSelector("nav#toc a")).get(i);
            String target = link.getDomAttribute("href");
            link.click();
            @SuppressWarnings("unchecked")
            Map<String, Object> landed = (Map<String, Object>) browser.script(
                    "const el = location.hash ? document.querySelector('#' + CSS.escape("
                            + "decodeURIComponent(location.hash.slice(1)))) : null;"
                            + "const doc = document.documentElement;"
                            + "return {hash: location.hash, found: el !== null,"
                            + " top: el ? el.getBoundingClientRect().top : null,"
                            + " atBottom: Math.ceil(scrollY + innerHeight) >= doc.scrollHeight - 1,"
                            + " height: innerHeight};");
            String label = "'" + link.getText() + "' (" + target + ")";
            if (!target.equals(landed.get("hash"))) {
                problems.add(label + ": location.hash is " + landed.get("hash"));
                continue;
            }
            if (!(Boolean) landed.get("found")) {
                problems.add(label + ": no element has that id");
                continue;
            }
            double top = ((Number) landed.get("top")).doubleValue();
            boolean atTop = Math.abs(top) <= 2;
            boolean atBottom = (Boolean) landed.get("atBottom")
                    && top >= -2 && top < ((Number) landed.get("height")).doubleValue();
            if (!atTop && !atBottom) {
                problems.add(label + ": the section starts " + top + " px from the top of the viewport");
            }
        }
        assertTrue(problems.isEmpty(), () -> "contents links that miss:\n" + String.join("\n", problems));
    }

    @Test
    void nothing_scrolls_sideways_at_phone_width() {
        List<String> problems = new ArrayList<>();
        // Not emulated as a mobile device: a phone zooms out a page that is too wide, which would hide the overflow
        // this check measures; the viewport stays exactly 375 CSS pixels and the overflow shows in scrollWidth.
        browser.viewport(PHONE, 812, false);
        for (Page page : pages) {
            browser.open(page.url());
            assertEquals(PHONE, browser.number("return window.innerWidth"), page + ": window.innerWidth");
            long scrollWidth = browser.number("return document.documentElement.scrollWidth");
            if (scrollWidth > PHONE) {
                problems.add(page + ": the page is " + scrollWidth + " px wide");
            }
            // Tables and other boxes must fit too, not scroll inside their own box or poke out of the viewport.
            @SuppressWarnings("unchecked")
            List<String> boxes = (List<String>) browser.script(
                    "const out = [];"
                            + "const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                            + " + (e.className && typeof e.className === 'string' ? '.' + e.className.trim()"
                            + ".split(/\\s+/).join('.') : '');"
                            // Only the outermost culprit is named, not each of its descendants.
                            + "const named = new Set();"
                            + "for (const e of document.body.querySelectorAll('*')) {"
                            + "  if (named.has(e.parentElement)) { named.add(e); continue; }"
                            + "  const r = e.getBoundingClientRect();"
                            + "  if (r.width <= 1 || r.height === 0) continue;"
                            + "  if (e.scrollWidth > e.clientWidth + 1"
                            + "      && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)) {"
                            + "    out.push(name(e) + ' scrolls inside: ' + e.scrollWidth + ' px of content in '"
                            + "      + e.clientWidth + ' px'); named.add(e);"
                            + "  } else if (r.right > innerWidth + 0.5) {"
                            + "    out.push(name(e) + ' reaches ' + Math.round(r.right) + ' px'); named.add(e);"
                            + "  } else {"
                            + "    for (const t of e.childNodes) {"
                            + "      if (t.nodeType !== Node.TEXT_NODE || !t.textContent.trim()) continue;"
                            + "      const range = document.createRange(); range.selectNodeContents(t);"
                            + "      const right = range.getBoundingClientRect().right;"
                            + "      if (right > innerWidth + 0.5) {"
                            + "        out.push('text in ' + name(e) + ' reaches ' + Math.round(right) + ' px: \"'"
                            + "          + t.textContent.trim().slice(0, 40) + '\"'); named.add(e); break;"
                            + "      }"
                            + "    }"
                            + "  }"
                            + "}"
                            + "return out;");
            boxes.forEach(b -> problems.add(page + ": " + b));
        }
        assertTrue(problems.isEmpty(), () -> "wider than " + PHONE + " px:\n" + String.join("\n", problems));
    }

    @Test
    void print_stylesheet_hides_navigation() {
        browser.media("print", List.of());
        List<String> problems = new ArrayList<>();
        for (Page page : pages) {
            browser.open(page.url());
            assertEquals(true, browser.script("return matchMedia('print').matches"), page + ": print media emulated");
            Map<String, Boolean> required = new LinkedHashMap<>();
            required.put("nav#toc", page.toc());
            required.put(".site-nav", page.siteNav());
            required.put(".skip-link", true);
            required.forEach((selector, mustExist) -> {
                @SuppressWarnings("unchecked")
                List<String> displays = (List<String>) browser.script(
                        "return [...document.querySelectorAll(arguments[0])].map(e => getComputedStyle(e).display)",
                        selector);
                if (displays.isEmpty() && mustExist) {
                    problems.add(page + ": no " + selector + " on the page");
                }
                for (String display : displays) {
                    if (!display.equals("none")) {
                        problems.add(page + ": " + selector + " is display: " + display + " in print");
                    }
                }
            });
        }
        assertTrue(problems.isEmpty(), () -> "navigation printed:\n" + String.join("\n", problems));
    }

    @Test
    void dark_mode_is_honoured_with_sufficient_contrast() {
        browser.media("", List.of(Map.of("name", "prefers-color-scheme", "value", "dark")));
        List<String> problems = new ArrayList<>();
        for (Page page : pages) {
            browser.open(page.url());
            @SuppressWarnings("unchecked")
            Map<String, Object> colours = (Map<String, Object>) browser.script(
                    // Each link's colour and the background layers behind it, innermost first, up to <html>.
                    "const layers = e => { const out = [];"
                            + "  for (let n = e; n; n = n.parentElement) out.push(getComputedStyle(n).backgroundColor);"
                            + "  return out; };"
                            + "return {dark: matchMedia('(prefers-color-scheme: dark)').matches,"
                            + " text: getComputedStyle(document.body).color,"
                            + " background: layers(document.body),"
                            + " links: [...document.querySelectorAll('a[href]')].map(a => ({"
                            + "   text: a.textContent.trim().slice(0, 40), color: getComputedStyle(a).color,"
                            + "   background: layers(a)}))};");
            assertEquals(true, colours.get("dark"), page + ": prefers-color-scheme: dark emulated");
            @SuppressWarnings("unchecked")
            Colour background = behind((List<String>) colours.get("background"));
            Colour text = Colour.parse((String) colours.get("text"));
            if (background.luminance() >= 0.2) {
                problems.add(String.format("%s: body background %s is not dark (luminance %.3f)", page, background,
                        background.luminance()));
            }
            if (text.contrastWith(background) < 4.5) {
                problems.add(String.format("%s: body text %s on %s has contrast %.2f, below 4.5", page, text,
                        background, text.contrastWith(background)));
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> links = (List<Map<String, Object>>) colours.get("links");
            assertFalse(links.isEmpty(), page + ": no links");
            // One line per colour pair that fails, naming the first link and how many share it.
            Map<String, List<String>> failing = new LinkedHashMap<>();
            for (Map<String, Object> link : links) {
                Colour colour = Colour.parse((String) link.get("color"));
                @SuppressWarnings("unchecked")
                Colour behind = behind((List<String>) link.get("background"));
                double ratio = colour.contrastWith(behind);
                if (ratio < 4.5) {
                    failing.computeIfAbsent(String.format("link colour %s on %s has contrast %.2f, below 4.5",
                            colour, behind, ratio), k -> new ArrayList<>()).add((String) link.get("text"));
                }
            }
            failing.forEach((pair, texts) -> problems.add(String.format("%s: %s (%d links, e.g. '%s')", page, pair,
                    texts.size(), texts.get(0))));
        }
        assertTrue(problems.isEmpty(), () -> "dark mode:\n" + String.join("\n", problems));
    }

    /** The colour seen through background layers (innermost first), over the white canvas of an unstyled page. */
    private static Colour behind(List<String> layers) {
        double r = 255;
        double g = 255;
        double b = 255;
        for (int i = layers.size() - 1; i >= 0; i--) {
            Colour c = Colour.parse(layers.get(i));
            r = c.red() * c.alpha() + r * (1 - c.alpha());
            g = c.green() * c.alpha() + g * (1 - c.alpha());
            b = c.blue() * c.alpha() + b * (1 - c.alpha());
        }
        return new Colour((int) Math.round(r), (int) Math.round(g), (int) Math.round(b), 1);
    }

    @Test
    void axe_finds_no_serious_or_critical_violation() throws IOException {
        String axe = axeSource();
        List<String> problems = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        String version = "?";
        for (Page page : pages) {
            browser.open(page.url());
            browser.script(axe);
            Object result = browser.driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                            + ".then(r => done({version: axe.version, passes: r.passes.length,"
                            + "  review: r.incomplete.map(v => v.id), violations: r.violations.map(v => ({"
                            + "  id: v.id, impact: v.impact, help: v.help,"
                            + "  targets: v.nodes.map(n => JSON.stringify(n.target))}))}))"
                            + ".catch(e => done({error: String(e && e.stack || e)}));",
                    AXE_TAGS);
            @SuppressWarnings("unchecked")
            Map<String, Object> run = (Map<String, Object>) result;
            if (run.containsKey("error")) {
                fail(page + ": axe-core failed to run: " + run.get("error"));
            }
            version = String.valueOf(run.get("version"));
            Map<String, Integer> byImpact = new TreeMap<>(Map.of("critical", 0, "serious", 0, "moderate", 0,
                    "minor", 0));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) run.get("violations");
            for (Map<String, Object> v : violations) {
                String impact = String.valueOf(v.get("impact"));
                byImpact.merge(impact, 1, Integer::sum);
                if (impact.equals("serious") || impact.equals("critical")) {
                    problems.add(page + ": " + v.get("id") + " (" + impact + "): " + v.get("help") + " at "
                            + v.get("targets"));
                }
            }
            summary.add(page + ": " + byImpact + "; rules passed: " + run.get("passes") + ", to review by hand: "
                    + run.get("review"));
        }
        System.out.println("axe-core " + version + " violations by impact (" + String.join(", ", AXE_TAGS) + "):");
        summary.forEach(line -> System.out.println("  " + line));
        assertTrue(problems.isEmpty(), () -> "axe-core serious or critical violations:\n" + String.join("\n", problems));
    }

    private static String axeSource() throws IOException {
        Path file = Project.root().resolve("generator/src/test/js/node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(file)) {
            fail("axe-core is not installed at " + file + "; run: npm ci --prefix generator/src/test/js");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void screenshots_of_the_policy_at_desktop_and_phone_width() throws IOException {
        Path out = Project.root().resolve("generator/target/screenshots");
        Files.createDirectories(out);
        screenshot(pages.get(0), DESKTOP, 900, false, out.resolve("privacy-desktop.png"));
        screenshot(pages.get(0), PHONE, 812, true, out.resolve("privacy-phone.png"));
        screenshot(arabic(), DESKTOP, 900, false, out.resolve("privacy-ar-desktop.png"));
        screenshot(arabic(), PHONE, 812, true, out.resolve("privacy-ar-phone.png"));
    }

    @Test
    void a_right_to_left_page_is_laid_out_right_to_left() {
        Page page = arabic();
        browser.open(page.url());
        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) browser.script(
                "const main = document.querySelector('main').getBoundingClientRect();"
                        + "const h1 = document.querySelector('h1').getBoundingClientRect();"
                        + "const summary = getComputedStyle(document.querySelector('.summary'));"
                        + "const english = document.querySelector('main [lang=en]');"
                        + "return {dir: getComputedStyle(document.body).direction,"
                        + " h1Right: h1.right, mainRight: main.right,"
                        + " border: summary.borderRightWidth, borderLeft: summary.borderLeftWidth,"
                        + " english: english ? getComputedStyle(english).direction : null};");
        assertEquals("rtl", layout.get("dir"), page + ": direction");
        // The heading starts at the right edge of the text column (its padding), the accent border is on the right.
        assertTrue(Math.abs(((Number) layout.get("mainRight")).doubleValue() - 20
                - ((Number) layout.get("h1Right")).doubleValue()) <= 1, page + ": the heading is not right-aligned: "
                        + layout);
        assertEquals("4px", layout.get("border"), page + ": the summary's accent is not on the start (right) side");
        assertEquals("0px", layout.get("borderLeft"), page + ": the end (left) side has no accent");
        if (layout.get("english") != null) {
            assertEquals("ltr", layout.get("english"), page + ": English shown on it runs left to right");
        }
    }

    private static void screenshot(Page page, int width, int height, boolean phone, Path file) throws IOException {
        browser.viewport(width, height, phone);
        browser.open(page.url());
        long pageHeight = browser.number("return Math.ceil(document.documentElement.scrollHeight)");
        byte[] png = browser.fullPageScreenshot();
        Files.write(file, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth(), file + ": width");
        assertEquals(pageHeight, image.getHeight(), file + ": the whole page, not only the viewport");
    }
}
