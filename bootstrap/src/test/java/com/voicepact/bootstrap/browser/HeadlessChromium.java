package com.voicepact.bootstrap.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver (.ci/run installs both). A machine without them
 * skips the browser tests (an assumption), except on CI ({@code CI} set), where that is a failure. Screenshots go
 * under {@code bootstrap/target/screenshots/}, kept by CI as build artifacts.
 */
public final class HeadlessChromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessChromium() {}

    /** A new headless browser at a laptop's window size (1280 x 900); see {@link #start(int, int)}. */
    public static WebDriver start() {
        return start(1280, 900);
    }

    /**
     * A new headless browser with a window of {@code width} x {@code height} CSS pixels; quit it when done.
     *
     * @throws org.opentest4j.TestAbortedException when chromium or chromedriver is missing and {@code CI} is not set
     * @throws IllegalStateException when they are missing on CI
     */
    public static WebDriver start(int width, int height) {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (System.getenv("CI") != null && !installed) {
            throw new IllegalStateException("CI must install Debian's chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed on this machine");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=" + width + "," + height,
                        "--user-data-dir=" + System.getProperty("java.io.tmpdir") + "/vp-chromium-"
                                + System.nanoTime());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Resizes the browser's window to {@code width} x {@code height} CSS pixels (a phone: 390 x 844). */
    public static void resize(WebDriver browser, int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves what {@code browser} shows as {@code target/screenshots/<name>.png} and returns the file. */
    public static Path screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the screenshot " + name, e);
        }
    }
}
