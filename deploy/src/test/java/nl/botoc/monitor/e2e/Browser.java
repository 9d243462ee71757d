package nl.botoc.monitor.e2e;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, with a profile of its own for every run. Both
 * paths are given, so Selenium never looks for (or downloads) a browser or driver of its own.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int WIDTH = 1280;
    private static final int MAX_HEIGHT = 8000;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException(CHROMIUM + " and " + CHROMEDRIVER + " are needed: apt-get install "
                    + "chromium chromium-driver (deploy/local/botoc test does)");
        }
        Path profile = Files.createTempDirectory("botoc-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + WIDTH + ",900", "--lang=nl-NL",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The whole page, not only the window, at a laptop's width: the window is made as tall as the page first. */
    void screenshot(Path... files) throws IOException {
        screenshot(WIDTH, files);
    }

    void resize(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
    }

    /** The whole page at this width, e.g. a phone's (390). */
    void screenshot(int width, Path... files) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 900));
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, MAX_HEIGHT)));
        // The window's height includes its frame: grow it by what the page still hides below the viewport.
        long hidden = ((Number) script("return document.documentElement.scrollHeight - window.innerHeight"))
                .longValue();
        if (hidden > 0) {
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + hidden, MAX_HEIGHT)));
        }
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        for (Path file : files) {
            Files.createDirectories(file.getParent());
            Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        }
        driver.manage().window().setSize(new Dimension(WIDTH, 900));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
