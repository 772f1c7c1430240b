package com.voicepact.bootstrap;

import static com.voicepact.bootstrap.Eventually.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.bootstrap.browser.HeadlessChromium;
import com.voicepact.sandbox.africastalking.AtSandbox;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * README's "The whole journey by hand, offline", played on the phone simulator page in headless Chromium against the
 * real service on its local sandboxes (the embedded default: M-Pesa Daraja's local sandbox for the money): the operator's
 * curl steps are HTTP calls, everything else is a person on the page. The buyer confirms by SMS and the seller on the
 * USSD keypad, the buyer pays in the STK modal with the PIN, the seller
 * reports delivery on USSD, the buyer accepts by SMS, the release SMS reaches the seller, and the guided journey ticks
 * each step. A screenshot of each step is kept as {@code bootstrap/target/screenshots/simulator-*.png}.
 */
class SimulatorJourneyBrowserTest {

    private static final String BUYER = "+254712345678";
    private static final String SELLER = "+254722000111";

    @TempDir
    Path dataDir;

    private WebDriver browser;
    private WebDriverWait wait;

    @Test
    void givenANewcomerOnThePhoneSimulator_whenTheyPlayTheReadmeJourney_thenTheSellerIsPaidAndEveryStepIsTicked()
            throws Exception {
        browser = HeadlessChromium.start(1400, 1100);
        try (ApplicationContext service = Application.start(
                Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0"),
                Map.of("micronaut.server.port", -1, "voicepact.dispatch-interval", "200ms"))) {
            URI base = service.getBean(EmbeddedServer.class).getURI();
            String key = Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .strip();
            wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50));
            browser.get(service.getBean(AtSandbox.class).simulatorUrl().toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "live"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-provider"), "M-Pesa"));
            assertThat(browser.findElement(By.id("curl-create")).getText())
                    .contains(":" + base.getPort() + "/api/v1/contracts/create")
                    .as("the key file of this service's data directory")
                    .startsWith("KEY=$(cat '" + dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE) + "')");
            HeadlessChromium.screenshot(browser, "simulator-1-two-phones");

            // 2. the operator creates the contract (README's curl); both phones get the summary
            String created =
                    Http.post(base, "/api/v1/contracts/create", key, """
                    {"transcript": "3 bags of maize at 3000 each, delivered to Nakuru",
                     "contract_type": "agricultural_supply",
                     "parties": [{"phone": "0712345678", "role": "buyer", "name": "Amina"},
                                 {"phone": "+254722000111", "role": "seller", "name": "John"}],
                     "terms": {"product": "Maize", "quantity": 3, "unit": "bags", "unit_price": 3000, "currency": "KES",
                               "delivery_location": "Nakuru", "delivery_deadline": "2027-12-20"}}""").body();
            String id = (String) json(service, created).get("contract_id");
            seen(BUYER, ".inbox", "VoicePact Contract Summary");
            seen(SELLER, ".inbox", "VoicePact Contract Summary");
            ticked("CREATED");
            assertThat(browser.findElement(By.id("journey-contract")).getText()).isEqualTo(id);
            HeadlessChromium.screenshot(browser, "simulator-2-summary-received");

            // 3. the buyer replies YES by SMS; the seller confirms on the USSD keypad: 1, the contract, 1. Confirm
            // (a confirmation through the operator API ticks the step too: JourneyGuideTest)
            sendSms(BUYER, "YES-" + id);
            seen(BUYER, ".outbox", "YES-" + id);
            dial(SELLER);
            press(SELLER, "1", "Your Contracts:");
            press(SELLER, "1", "1. Confirm");
            press(SELLER, "1", "Contract " + id + " confirmed.");
            ticked("CONFIRMED");
            assertThat(on(SELLER, ".ussd-screen").getText()).contains("Thank you!");
            assertThat(browser.findElement(By.cssSelector("#step-CONFIRMED .who"))
                            .getText())
                    .contains(BUYER)
                    .contains(SELLER);
            seen(SELLER, ".inbox", "is confirmed by all parties");
            HeadlessChromium.screenshot(browser, "simulator-3-both-confirmed");

            // 4. the operator starts the checkout; the STK modal on the buyer's phone takes the PIN
            Http.post(
                    base,
                    "/api/v1/payments/checkout",
                    key,
                    "{\"contract_id\": \"" + id + "\", \"phone_number\": \"0712345678\", \"amount\": 9000}");
            WebElement prompt = wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector(BUYER, ".stk-prompt"))));
            assertThat(prompt.getText()).contains("Pay KES 9,000 to ").doesNotContain("9000.0000");
            prompt.findElement(By.cssSelector(".pin")).sendKeys("1234");
            HeadlessChromium.screenshot(browser, "simulator-4-stk-prompt");
            prompt.findElement(By.cssSelector(".ok")).click();
            seen(BUYER, ".inbox", "VoicePact Escrow Funded");
            ticked("PAID");
            HeadlessChromium.screenshot(browser, "simulator-5-paid");

            // 5. the seller reports full delivery on USSD, typed this time: 2, the contract, 1. Full Delivery
            dial(SELLER);
            type(SELLER, "2", "Awaiting Delivery Action:");
            type(SELLER, "1", "1. Full Delivery");
            type(SELLER, "1", "Full delivery confirmed!");
            seen(BUYER, ".inbox", "VoicePact Delivery Alert");
            ticked("DELIVERED");
            HeadlessChromium.screenshot(browser, "simulator-6-delivered");

            // 6. the buyer accepts by SMS; the seller is paid
            sendSms(BUYER, "ACCEPT-" + id);
            ticked("ACCEPTED");
            seen(SELLER, ".inbox", "VoicePact Payment Released");
            ticked("RELEASED");
            assertThat(browser.findElements(By.cssSelector("#journey .step:not(.done)")))
                    .isEmpty();
            Eventually.await(
                    "the contract completed",
                    () -> Http.get(base, "/api/v1/contracts/" + id, key).body().contains("\"status\":\"completed\""));
            HeadlessChromium.screenshot(browser, "simulator-7-released");
        } finally {
            browser.quit();
        }
    }

    private static String selector(String phone, String inner) {
        return ".phone[data-phone='" + phone + "'] " + inner;
    }

    private WebElement on(String phone, String inner) {
        return browser.findElement(By.cssSelector(selector(phone, inner)));
    }

    private void seen(String phone, String list, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(selector(phone, list)), text));
    }

    private void ticked(String step) {
        wait.until(ExpectedConditions.attributeContains(By.id("step-" + step), "class", "done"));
    }

    private void sendSms(String phone, String text) {
        on(phone, ".sms-text").sendKeys(text);
        on(phone, ".sms-send").click();
    }

    private void dial(String phone) {
        on(phone, ".call").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(selector(phone, ".ussd-screen")), "Welcome to VoicePact"));
    }

    /** Presses the keypad's {@code digit} key then Call, and waits for {@code expected} on the screen. */
    private void press(String phone, String digit, String expected) {
        on(phone, ".keypad")
                .findElement(By.xpath("./button[contains(@class,'key') and text()='" + digit + "']"))
                .click();
        on(phone, ".call").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(selector(phone, ".ussd-screen")), expected));
    }

    /** Types {@code reply} on the phone's keyboard and Enter, and waits for {@code expected} on the screen. */
    private void type(String phone, String reply, String expected) {
        on(phone, ".ussd-input").sendKeys(reply + "\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(selector(phone, ".ussd-screen")), expected));
    }
}
