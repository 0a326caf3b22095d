package tech.openfactory.policy.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its chromedriver, offline: no Selenium Manager, no background
 * connections of the browser's own, a fresh profile removed on close. Viewport and media are emulated through the
 * DevTools protocol, so the sizes are exact whatever the headless window manager allows.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final List<String> FLAGS = List.of(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,900");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or fails saying what to install when Debian's chromium or chromium-driver is missing. */
    static Browser start() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                missing.add(p.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The browser checks need Debian's headless Chromium, but " + missing
                    + " is missing. Install Debian's chromium and chromium-driver: "
                    + "apt-get install -y --no-install-recommends chromium chromium-driver (bin/setup-tests does this)");
        }
        // A driver path given explicitly: Selenium Manager is skipped and never downloads anything.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("browser-checks-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    /** Loads {@code url} and waits for its load event. */
    void open(String url) {
        driver.get(url);
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    long number(String js, Object... args) {
        return ((Number) script(js, args)).longValue();
    }

    Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /** A viewport exactly {@code width} by {@code height} CSS pixels; {@code phone} also emulates a mobile device. */
    void viewport(int width, int height, boolean phone) {
        cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    }

    /** Emulates a CSS media type ({@code "print"}, {@code "screen"} or {@code ""}) and media features. */
    void media(String type, List<Map<String, String>> features) {
        cdp("Emulation.setEmulatedMedia", Map.of("media", type, "features", features));
    }

    /** Back to the window's own viewport and screen media, for the next check. */
    void reset() {
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        media("", List.of());
    }

    /** The browser console messages since the last call (reading them empties the buffer). */
    List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** A PNG of the whole page, beyond the viewport, at the current viewport width. */
    byte[] fullPageScreenshot() {
        long width = number("return window.innerWidth");
        long height = number("return Math.ceil(document.documentElement.scrollHeight)");
        Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A profile file still held by a dying browser process: the temp folder is reclaimed by the system.
        }
    }
}
