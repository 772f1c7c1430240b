package com.voicepact.adapter.out.africastalking;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.out.mpesa.DarajaClient;
import com.voicepact.adapter.out.mpesa.DarajaConfig;
import com.voicepact.adapter.out.mpesa.DarajaEnvironment;
import com.voicepact.adapter.out.mpesa.DarajaPaymentGateway;
import com.voicepact.adapter.out.mpesa.StkTransactionType;
import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.africastalking.SandboxSettings;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandboxSettings;
import com.voicepact.sandbox.mpesa.DeliveredCallback;
import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone simulator page in headless Chromium (Debian's chromium and chromedriver, which .ci/run
 * installs): dial the USSD code, read an SMS the client sent, reply to it, approve a checkout; answer the local Daraja's
 * STK prompts in every way a payer can.
 */
class PhoneSimulatorBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String PHONE = "+254712345678";
    private TestReceiver app;
    private AtSandbox sandbox;
    private WebDriver browser;
    private AtConfig config;

    @BeforeEach
    void start() {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (System.getenv("CI") != null && !installed) {
            throw new IllegalStateException("CI must install Debian's chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed on this machine");
        app = new TestReceiver();
        sandbox = AtSandbox.start(SandboxSettings.forTests("k").withCallbacks(app.url()));
        config = AtConfig.of("sandbox", "k", "VoicePact", null)
                .pointedAt(sandbox.url().toString());
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
                        "--user-data-dir=" + System.getProperty("java.io.tmpdir") + "/vp-chromium-"
                                + System.nanoTime());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (sandbox != null) {
            sandbox.close();
            app.close();
        }
    }

    @Test
    void givenThePhoneSimulator_whenAPersonDialsReadsRepliesAndApproves_thenTheAppSeesEachStep() throws Exception {
        AtResilience resilience = new AtResilience(Clock.systemUTC(), Duration.ofMillis(1));
        new AtSmsGateway(config, resilience)
                .send(new PhoneNumber(PHONE), "VoicePact Contract Summary: reply YES-AG-2026-000001");
        GatewayAnswer checkout = new AtPaymentGateway(config, resilience)
                .collect(new CollectionRequest(
                        new PhoneNumber(PHONE), Money.of("500", CurrencyCode.KES), "REF", Map.of()));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(sandbox.simulatorUrl().toString());

        wait.until(ExpectedConditions.attributeToBe(By.id("ussd-code"), "value", "*384*123#"));
        browser.findElement(By.id("dial")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ussd-screen"), "Welcome to VoicePact"));
        browser.findElement(By.id("ussd-input")).sendKeys("1");
        browser.findElement(By.id("ussd-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("ussd-screen"), "Thank you for using VoicePact!"));
        assertThat(app.received("/api/v1/ussd")).hasSize(2);
        assertThat(app.received("/api/v1/ussd").get(1).body()).contains("text=1");

        browser.findElement(By.id("refresh-inbox")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox"), "reply YES-AG-2026-000001"));
        browser.findElement(By.id("reply-text")).sendKeys("YES-AG-2026-000001");
        browser.findElement(By.id("reply-send")).click();
        assertThat(app.await("/api/v1/sms/webhook", 1).get(0).body()).contains("text=YES-AG-2026-000001");

        browser.findElement(By.id("refresh-checkouts")).click();
        clickWhenShown(wait, By.cssSelector("#checkouts button.approve"));
        String notification = app.await("/api/v1/payments/webhook", 1).get(0).body();
        assertThat(notification)
                .contains(((GatewayAnswer.Accepted) checkout).providerReference())
                .contains("\"status\":\"Success\"");
    }

    @Test
    void givenARingingNegotiationCall_whenAPersonAnswersTypesWhatWasSaidAndHangsUp_thenTheAppGetsTheRecording()
            throws Exception {
        new AtVoiceGateway(
                        AtConfig.of("sandbox", "k", "VoicePact", "+254711082000")
                                .pointedAt(sandbox.url().toString()),
                        new AtResilience(Clock.systemUTC(), Duration.ofMillis(1)))
                .call(java.util.List.of(new PhoneNumber(PHONE)), "VC-1");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(sandbox.simulatorUrl().toString());
        browser.findElement(By.id("refresh-calls")).click();
        clickWhenShown(wait, By.cssSelector("#calls button.answer"));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("calls"), "recorded to write your contract"));
        browser.findElement(By.id("said")).sendKeys("nitakuuzia magunia mia moja ya mahindi");
        clickWhenShown(wait, By.cssSelector("#calls button.hangup"));
        String finalCallback = app.await("/api/v1/voice/webhook", 2).get(1).body();
        assertThat(finalCallback)
                .contains("isActive=0")
                .contains("recordingUrl=")
                .contains("hangupCause=NORMAL_CLEARING");
        String recordingUrl = java.net.URLDecoder.decode(
                finalCallback.replaceAll(".*recordingUrl=([^&]*).*", "$1"), java.nio.charset.StandardCharsets.UTF_8);
        String transcript = new com.voicepact.adapter.out.transcription.OpenAiCompatibleTranscriber(
                        com.voicepact.adapter.out.transcription.TranscriptionConfig.of(
                                sandbox.url().toString(), null, null))
                .transcribe(new com.voicepact.adapter.out.transcription.HttpRecordingFetcher(
                                com.voicepact.adapter.out.transcription.TranscriptionConfig.of(
                                        sandbox.url().toString(), null, null))
                        .fetch(recordingUrl));
        assertThat(transcript).isEqualTo("nitakuuzia magunia mia moja ya mahindi");
    }

    /**
     * With the local Daraja carrying payments (the service's default: bootstrap tells the AT sandbox where Daraja's
     * simulator API is), the "Mobile money" section shows Daraja's STK prompts, fetched from that other origin, and each
     * answer reaches Daraja: PIN paid (0), wrong PIN (2001), cancel (1032), ignore (1037 once the prompt times out).
     * Each prompt is found by its CheckoutRequestID, so a list rebuilt by the 2-second refresh cannot lead a click to
     * another prompt's button.
     */
    @Test
    void givenTheLocalDarajaCarriesPayments_whenThePayerAnswersEachStkPrompt_thenDarajaGetsEachAnswer() {
        try (DarajaSandbox daraja =
                DarajaSandbox.start(DarajaSandboxSettings.of("ck", "cs").withPromptTimeout(Duration.ofSeconds(20)))) {
            DarajaPaymentGateway mpesa = new DarajaPaymentGateway(new DarajaClient(
                    new DarajaConfig(
                            DarajaEnvironment.SANDBOX,
                            daraja.url().toString(),
                            "ck",
                            "cs",
                            DarajaSandboxSettings.SANDBOX_SHORTCODE,
                            DarajaSandboxSettings.SANDBOX_PASSKEY,
                            StkTransactionType.PAYBILL,
                            null,
                            DarajaSandboxSettings.SANDBOX_B2C_SHORTCODE,
                            "testapi",
                            "pw",
                            null,
                            "credential",
                            app.url() + "/cb",
                            java.util.List.of(),
                            null,
                            null),
                    Clock.systemUTC()));
            sandbox.showPaymentsFrom(daraja.url().resolve("/sandbox/daraja"));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(sandbox.simulatorUrl().toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-provider"), "M-Pesa"));

            String ignored = push(mpesa, "101");
            answerOnThePhone(wait, ignored, "ignore");
            Map<String, Integer> expected = new java.util.LinkedHashMap<>(Map.of(ignored, 1037));
            for (Map.Entry<String, Integer> answer :
                    Map.of("pin", 0, "wrong-pin", 2001, "cancel", 1032).entrySet()) {
                String id = push(mpesa, Integer.toString(200 + answer.getValue() % 97));
                answerOnThePhone(wait, id, answer.getKey());
                awaitResult(daraja, id);
                expected.put(id, answer.getValue());
            }
            awaitResult(daraja, ignored);

            expected.forEach(
                    (id, code) -> assertThat(resultOf(daraja, id)).as(id).contains("\"ResultCode\":" + code + ","));
            assertThat(daraja.prompts(PHONE.substring(1))).isEmpty();
            assertThat(sandbox.requests())
                    .as("AT's own checkouts are not involved")
                    .noneMatch(r -> r.path().contains("checkout"));
        }
    }

    private static String push(DarajaPaymentGateway mpesa, String kes) {
        GatewayAnswer answer = mpesa.collect(new CollectionRequest(
                new PhoneNumber(PHONE), Money.of(kes, CurrencyCode.KES), "A1B2C3D4E5F6", Map.of()));
        return ((GatewayAnswer.Accepted) answer).providerReference();
    }

    private void answerOnThePhone(WebDriverWait wait, String checkoutRequestId, String action) {
        clickWhenShown(wait, By.cssSelector("#checkouts li[data-id='" + checkoutRequestId + "'] button." + action));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkout-status"), checkoutRequestId));
    }

    private static String resultOf(DarajaSandbox daraja, String checkoutRequestId) {
        return daraja.deliveredCallbacks().stream()
                .map(DeliveredCallback::body)
                .filter(body -> body.contains(checkoutRequestId))
                .findFirst()
                .orElse(null);
    }

    /** The result is posted by the sandbox's own threads; the ignored prompt's only after its 20 s timeout. */
    private static void awaitResult(DarajaSandbox daraja, String checkoutRequestId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (resultOf(daraja, checkoutRequestId) == null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(resultOf(daraja, checkoutRequestId))
                .as("the STK result of " + checkoutRequestId)
                .isNotNull();
    }

    /**
     * Clicks the element once it is shown. A list the page rebuilds (when a call or checkout changes state)
     * can replace the element between finding and clicking it; a stale element was not clicked, so it is
     * found again and clicked then.
     */
    private static void clickWhenShown(WebDriverWait wait, By locator) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement element =
                    ExpectedConditions.elementToBeClickable(locator).apply(driver);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }
}
