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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone simulator page in headless Chromium (Debian's chromium and chromedriver, which .ci/run
 * installs): two phones by default and more on demand (a local-form number is the phone already shown), USSD on the
 * keypad, SMS pushed to the open page with their time, the inbox bounded and scrolling inside the phone, elements never
 * replaced under the pointer, an incoming call answered and hung up, the STK prompt answered in every way a payer can
 * (AT's checkout and the local Daraja's).
 */
class PhoneSimulatorBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String PHONE = "+254712345678";
    private static final String SELLER = "+254722000111";
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
        sandbox = AtSandbox.start(
                SandboxSettings.forTests("k").withCallbacks(app.url()).withCheckoutTimeout(Duration.ofSeconds(3)));
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
        AtSmsGateway sms = new AtSmsGateway(config, resilience);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(50));
        browser.get(sandbox.simulatorUrl().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "live"));
        assertThat(browser.findElements(By.cssSelector(".phone")))
                .extracting(e -> e.getAttribute("data-phone"))
                .containsExactly(PHONE, SELLER);
        assertThat(browser.findElement(By.id("curl-create")).getText())
                .as("no key file known: the journey asks for the operator's key")
                .startsWith("KEY='<your operator key>'");

        // USSD on the keypad: Call dials the code, a key and Call again send the reply
        phone(PHONE, ".call").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(on(PHONE, ".ussd-screen")), "Welcome to VoicePact"));
        phone(PHONE, ".keypad button.key:nth-of-type(4)").click(); // the 4th key is "1" (Call, clear, End first)
        assertThat(phone(PHONE, ".ussd-input").getAttribute("value")).isEqualTo("1");
        phone(PHONE, ".call").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(on(PHONE, ".ussd-screen")), "Thank you for using VoicePact!"));
        assertThat(app.received("/api/v1/ussd")).hasSize(2);
        assertThat(app.received("/api/v1/ussd").get(1).body()).contains("text=1");

        // an SMS is pushed to the open page (no Refresh), with its time; the reply shows in the phone's outbox
        sms.send(new PhoneNumber(PHONE), "VoicePact Contract Summary: reply YES-AG-2026-000001");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(on(PHONE, ".inbox")), "reply YES-AG-2026-000001"));
        assertThat(phone(PHONE, ".inbox li time").getText()).matches("\\d\\d:\\d\\d:\\d\\d");
        phone(PHONE, ".sms-text").sendKeys("YES-AG-2026-000001");
        phone(PHONE, ".sms-send").click();
        assertThat(app.await("/api/v1/sms/webhook", 1).get(0).body()).contains("text=YES-AG-2026-000001");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(on(PHONE, ".outbox")), "YES-AG-2026-000001"));

        // an element on the page is never replaced by a later update: the one first found is still the one shown
        WebElement first = phone(PHONE, ".inbox li");
        long pageHeight = pageHeight();
        // 120 SMS at once (their delivery reports are held back and dropped: this test's receiver answers each slowly)
        sandbox.faults().holdCallbacks(true);
        bulkSms(SELLER, 120, "VoicePact: one of many");
        sandbox.dropHeldCallbacks();
        sandbox.faults().holdCallbacks(false);
        sms.send(new PhoneNumber(SELLER), "VoicePact: message 121");
        sms.send(new PhoneNumber(PHONE), "VoicePact: a second message");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(on(PHONE, ".inbox li:first-child")), "a second message"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(on(SELLER, ".inbox li:first-child")), "message 121"));
        assertThat(first.getText()).as("not replaced").contains("reply YES-AG-2026-000001");
        assertThat(browser.findElements(By.cssSelector(on(SELLER, ".inbox li"))))
                .as("the page keeps the newest 100")
                .hasSize(100);
        assertThat(pageHeight()).as("the inbox scrolls inside the phone").isEqualTo(pageHeight);

        // a checkout's STK prompt covers the phone and reads as a person would; the PIN pays it
        GatewayAnswer checkout = new AtPaymentGateway(config, resilience)
                .collect(new CollectionRequest(
                        new PhoneNumber(PHONE), Money.of("9000", CurrencyCode.KES), "REF", Map.of()));
        String id = ((GatewayAnswer.Accepted) checkout).providerReference();
        WebElement prompt = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(on(PHONE, ".stk-prompt[data-id='" + id + "']"))));
        assertThat(prompt.getText()).contains("Pay KES 9,000 to VoicePact?");
        prompt.findElement(By.cssSelector(".pin")).sendKeys("1234");
        prompt.findElement(By.cssSelector(".ok")).click();
        String notification = app.await("/api/v1/payments/webhook", 1).get(0).body();
        assertThat(notification).contains(id).contains("\"status\":\"Success\"");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".stk-prompt")));

        // the call log holds calls only: the PIN's outcome is on the phone's notification line, under its screen
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(on(PHONE, ".status")), id));
        assertThat(phone(PHONE, ".status").getText()).startsWith("PIN entered");
        assertThat(phone(PHONE, ".status").getLocation().getY())
                .isLessThan(phone(PHONE, ".keypad").getLocation().getY());
        assertThat(phone(PHONE, ".calls").getText()).isEmpty();

        // Ignore leaves the prompt unanswered: gone from the phone, not back after a reload, failed when it times out
        String ignored = ((GatewayAnswer.Accepted) new AtPaymentGateway(config, resilience)
                        .collect(new CollectionRequest(
                                new PhoneNumber(PHONE), Money.of("500", CurrencyCode.KES), "REF", Map.of())))
                .providerReference();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(on(PHONE, ".stk-prompt[data-id='" + ignored + "']"))))
                .findElement(By.cssSelector(".ignore"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(on(PHONE, ".status")), "ignored: " + ignored));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "live"));
        assertThat(browser.findElements(By.cssSelector(".stk-prompt"))).isEmpty();
        assertThat(app.await("/api/v1/payments/webhook", 2).get(1).body())
                .contains(ignored)
                .contains("\"status\":\"Failed\"");
    }

    /** A number typed in local form is the phone already shown; another number adds a phone that gets its own SMS. */
    @Test
    void givenTwoPhones_whenAPersonAddsOnesLocalFormAndThenANewNumber_thenTheFirstIsKnownAndTheSecondIsAdded()
            throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(50));
        browser.get(sandbox.simulatorUrl().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "live"));

        browser.findElement(By.id("add-phone-number")).sendKeys("0722 000 111");
        browser.findElement(By.id("add-phone")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("add-phone-error"), SELLER + " is already on the page"));
        browser.findElement(By.id("add-phone-number")).sendKeys("maize");
        browser.findElement(By.id("add-phone")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("add-phone-error"), "phone number"));
        browser.findElement(By.id("add-phone-number")).clear();
        browser.findElement(By.id("add-phone-number")).sendKeys("0733000222");
        browser.findElement(By.id("add-phone")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".phone"), 3));
        new AtSmsGateway(config, new AtResilience(Clock.systemUTC(), Duration.ofMillis(1)))
                .send(new PhoneNumber("+254733000222"), "VoicePact: hello third phone");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(on("+254733000222", ".inbox")), "hello third phone"));
        assertThat(phone(PHONE, ".inbox").getText()).doesNotContain("hello third phone");
    }

    @Test
    void givenARingingNegotiationCall_whenAPersonAnswersTypesWhatWasSaidAndHangsUp_thenTheAppGetsTheRecording()
            throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(50));
        browser.get(sandbox.simulatorUrl().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "live"));
        new AtVoiceGateway(
                        AtConfig.of("sandbox", "k", "VoicePact", "+254711082000")
                                .pointedAt(sandbox.url().toString()),
                        new AtResilience(Clock.systemUTC(), Duration.ofMillis(1)))
                .call(java.util.List.of(new PhoneNumber(PHONE)), "VC-1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(on(PHONE, ".call-screen")), "Incoming call from +254711082000"));
        // the call screen is updated in place as the call goes on: the element found ringing is the one hung up
        WebElement call = phone(PHONE, ".call-screen");
        call.findElement(By.cssSelector(".answer")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(
                call.findElement(By.cssSelector(".say")), "recorded to write your contract"));
        call.findElement(By.cssSelector(".said")).sendKeys("nitakuuzia magunia mia moja ya mahindi");
        call.findElement(By.cssSelector(".hangup")).click();
        String finalCallback = app.await("/api/v1/voice/webhook", 2).get(1).body();
        assertThat(finalCallback)
                .contains("isActive=0")
                .contains("recordingUrl=")
                .contains("hangupCause=NORMAL_CLEARING");
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(on(PHONE, ".calls")), "completed"));
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
     * simulator API is), the STK prompts are Daraja's, pushed from that other origin, each a modal on the payer's phone;
     * every answer reaches Daraja: the test PIN pays (0), another PIN is a wrong PIN (2001), cancel (1032), ignore (1037
     * once the prompt times out). The prompts are found by their CheckoutRequestID.
     */
    @Test
    void givenTheLocalDarajaCarriesPayments_whenThePayerAnswersEachStkPrompt_thenDarajaGetsEachAnswer() {
        try (DarajaSandbox daraja =
                DarajaSandbox.start(DarajaSandboxSettings.of("ck", "cs").withPromptTimeout(Duration.ofSeconds(10)))) {
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
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(50));
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
        WebElement prompt = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(on(PHONE, ".stk-prompt[data-id='" + checkoutRequestId + "']"))));
        assertThat(prompt.getText()).containsPattern("Pay KES \\d+ to 174379, account A1B2C3D4E5F6\\?");
        switch (action) {
            case "pin" -> prompt.findElement(By.cssSelector(".pin")).sendKeys("1234");
            case "wrong-pin" -> prompt.findElement(By.cssSelector(".pin")).sendKeys("0000");
            default -> prompt.findElement(By.cssSelector("." + action)).click();
        }
        if (action.endsWith("pin")) {
            prompt.findElement(By.cssSelector(".ok")).click();
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(on(PHONE, ".status")), checkoutRequestId));
    }

    /** {@code count} copies of {@code text} to {@code phone} in one request to the sandbox's messaging API (AT's bulk SMS). */
    private void bulkSms(String phone, int count, String text) throws Exception {
        String to = java.net.URLEncoder.encode(
                String.join(",", java.util.Collections.nCopies(count, phone)), java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpResponse<String> sent = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(sandbox.url().resolve("/version1/messaging"))
                                .header("apiKey", "k")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=sandbox&to=" + to
                                        + "&message="
                                        + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).isEqualTo(201);
    }

    /** A CSS selector for {@code inner} on the phone {@code phone} (E.164) of the page. */
    private static String on(String phone, String inner) {
        return ".phone[data-phone='" + phone + "'] " + inner;
    }

    private WebElement phone(String phone, String inner) {
        return browser.findElement(By.cssSelector(on(phone, inner)));
    }

    private long pageHeight() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollHeight"))
                .longValue();
    }

    private static String resultOf(DarajaSandbox daraja, String checkoutRequestId) {
        return daraja.deliveredCallbacks().stream()
                .map(DeliveredCallback::body)
                .filter(body -> body.contains(checkoutRequestId))
                .findFirst()
                .orElse(null);
    }

    /** The result is posted by the sandbox's own threads; the ignored prompt's only after its 10 s timeout (long enough for the page to show each prompt and the test to answer it). */
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
}
