package com.voicepact.bootstrap;

import static com.voicepact.bootstrap.Eventually.await;
import static com.voicepact.bootstrap.Eventually.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.bootstrap.browser.HeadlessChromium;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator console in real Chromium on the running service (embedded default, local sandboxes, M-Pesa Daraja):
 * a wrong key refused, sign-in, the disputed contract found, the dispute split 60/40 from the page, both payouts seen
 * going out and confirmed by live updates (no reload, the buttons never rebuilt), the operator's DISPUTE_RESOLVED
 * entry on the contract's timeline with the operator's identity, the payments view saying nothing needs attention,
 * the chain verified on the page, Swahili, a phone-sized screen, a circuit reset, sign-out.
 * A view whose endpoint the service lacks would say "not available"; the timeline and attention views are used here.
 */
class ConsoleBrowserTest {

    private static final String BUYER = "+254712345678";
    private static final String SELLER = "+254722000111";

    @TempDir
    Path dataDir;

    @Test
    void givenADisputedContract_whenAnOperatorSplitsItOnTheConsole_thenThePayoutsGoOutLive_andTheAuditNamesTheOperator()
            throws Exception {
        WebDriver browser = HeadlessChromium.start();
        try (ApplicationContext service = Application.start(
                Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0"),
                Map.of("micronaut.server.port", -1, "voicepact.dispatch-interval", "200ms"))) {
            URI base = service.getBean(EmbeddedServer.class).getURI();
            String key = Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .strip();
            String operator = "operator:" + OperatorKeys.sha256Hex(key).substring(0, 12);
            String id = disputedContract(service, base, key);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

            browser.get(base.resolve("/console").toString());
            signIn(browser, wait, key, operator);
            findAndOpen(browser, wait, id);
            WebElement openButton = browser.findElement(rowButton("contract-list", id));
            splitSixtyForty(browser, wait);

            wait.until(d -> d.findElements(By.cssSelector("#detail-payments .payout[data-state='confirmed']"))
                            .size()
                    == 2);
            HeadlessChromium.screenshot(browser, "console-payouts");
            assertThat(browser.findElement(By.id("detail-payments")).getText())
                    .contains("KES 5,400")
                    .contains("KES 3,600");
            assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true"))
                    .as("the payouts came in by live updates, without reloading the page")
                    .isEqualTo(true);
            assertThat(openButton.isDisplayed())
                    .as("the row's button is the same element after every update")
                    .isTrue();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#contract-list li[data-key='" + id + "'] .badge"), "Completed"));
            assertThat(audited(service, "DISPUTE_RESOLVED")).containsExactly(operator);
            timelineShowsTheDecision(browser, wait, operator);
            assertThat(audited(service, "OPERATOR_SIGNED_IN")).containsExactly(operator);
            assertThat(audited(service, "OPERATOR_SIGN_IN_FAILED")).containsExactly("system:console");

            nothingNeedsAttention(browser, wait);
            verifyAudit(browser, wait);
            swahiliOnAPhone(browser, wait);
            resetCircuit(browser, wait);
            assertThat(audited(service, "CIRCUIT_RESET")).containsExactly(operator);
            signOut(browser, wait);
        } finally {
            browser.quit();
        }
    }

    /** Created, confirmed by both, paid by the buyer on the Daraja sandbox, delivered, then disputed by the buyer. */
    private static String disputedContract(ApplicationContext service, URI base, String key) throws Exception {
        String created = Http.post(base, "/api/v1/contracts/create", key, """
                {"parties": [{"phone": "0712345678", "role": "buyer", "name": "Amina"},
                             {"phone": "0722000111", "role": "seller", "name": "Juma"}],
                 "terms": {"product": "Maize", "quantity": 10, "unit": "bags", "unit_price": 900, "currency": "KES"}}""").body();
        String id = (String) json(service, created).get("contract_id");
        Http.post(base, "/api/v1/contracts/" + id + "/confirm?phone_number=0712345678", key, null);
        Http.post(base, "/api/v1/contracts/" + id + "/confirm?phone_number=0722000111", key, null);
        String checkout = Http.post(
                        base,
                        "/api/v1/payments/checkout",
                        key,
                        "{\"contract_id\": \"" + id + "\", \"phone_number\": \"0712345678\", \"amount\": 9000}")
                .body();
        LocalPayments.MPESA.payerApproves(
                service, BUYER, (String) json(service, checkout).get("external_transaction_id"));
        await("the contract funded", () -> statusOf(service, base, key, id).equals("active"));
        Http.post(base, "/api/v1/contracts/" + id + "/delivery", key, "{\"phone_number\": \"0722000111\"}");
        String disputed = Http.post(
                        base,
                        "/api/v1/contracts/" + id + "/dispute",
                        key,
                        "{\"phone_number\": \"0712345678\", \"reason\": \"Only 6 bags arrived\"}")
                .body();
        assertThat(json(service, disputed)).as(disputed).containsEntry("status", "disputed");
        return id;
    }

    private static void signIn(WebDriver browser, WebDriverWait wait, String key, String operator) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        browser.findElement(By.id("api-key")).sendKeys("not-the-key");
        browser.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-in-message"), "not a valid"));
        HeadlessChromium.screenshot(browser, "console-sign-in");
        browser.findElement(By.id("api-key")).sendKeys(key);
        browser.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("operator"), operator));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "Live"));
    }

    private static By rowButton(String list, String key) {
        return By.cssSelector("#" + list + " li[data-key='" + key + "'] button.open");
    }

    /** Through the disputes view (its own list, or the disputed contracts where the server has none yet). */
    private static void findAndOpen(WebDriver browser, WebDriverWait wait, String id) {
        browser.findElement(By.cssSelector("#nav button[data-view='disputes']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(rowButton("dispute-list", id)))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolve-box")));
        browser.findElement(By.id("contract-query")).sendKeys(id);
        browser.findElement(By.id("contract-search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#contract-list li[data-key='" + id + "'] .badge"), "Disputed"));
        HeadlessChromium.screenshot(browser, "console-dispute");
    }

    private static void splitSixtyForty(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.cssSelector("input[name='resolution'][value='split']"))
                .click();
        WebElement share = browser.findElement(By.id("seller-share"));
        share.clear();
        share.sendKeys("60");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("share-preview"), "KES 5,400"));
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true");
        browser.findElement(By.id("resolve-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resolve-message"), "Resolved"));
        assertThat(browser.findElement(By.id("resolve-message")).getText())
                .as("what was decided, not the status the resolve answered while payouts go out")
                .contains("60 % to the seller (about KES 5,400)", "40 % to the buyer (about KES 3,600)")
                .contains("Payouts are on their way")
                .doesNotContain("Disputed");
    }

    /** The contract's timeline on the page: the operator's DISPUTE_RESOLVED audit entry, amounts as people read them. */
    private static void timelineShowsTheDecision(WebDriver browser, WebDriverWait wait, String operator) {
        WebElement decision = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#detail-timeline li[data-kind='audit'][data-action='DISPUTE_RESOLVED']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", decision);
        HeadlessChromium.screenshot(browser, "console-timeline");
        assertThat(decision.getText()).contains("Audit", "Dispute resolved", operator);
        String timeline = browser.findElement(By.id("detail-timeline")).getText();
        assertThat(timeline).contains("KES 9,000", "KES 5,400", "KES 3,600");
        assertThat(timeline).as("no amount left as the server writes it").doesNotContainPattern("KES \\d+\\.\\d\\d");
    }

    /** Nothing needs a person after a clean split: the view says so rather than staying blank. */
    private static void nothingNeedsAttention(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.cssSelector("#nav button[data-view='payments']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attention-empty")));
        assertThat(browser.findElement(By.id("attention-empty")).getText()).isEqualTo("None.");
        assertThat(browser.findElements(By.cssSelector("#attention-list li"))).isEmpty();
    }

    private static void verifyAudit(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.cssSelector("#nav button[data-view='audit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-result"), "Intact"));
        HeadlessChromium.screenshot(browser, "console-audit");
    }

    private static void swahiliOnAPhone(WebDriver browser, WebDriverWait wait) {
        new Select(browser.findElement(By.id("language"))).selectByValue("sw");
        HeadlessChromium.resize(browser, 390, 844);
        browser.findElement(By.cssSelector("#nav button[data-view='contracts']"))
                .click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#nav button[data-view='contracts']"), "Mikataba"));
        assertThat(browser.findElement(By.id("detail-status")).getText()).isEqualTo("Imekamilika");
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("nothing wider than a phone")
                .isLessThanOrEqualTo(0);
        HeadlessChromium.screenshot(browser, "console-phone-swahili");
    }

    private static void resetCircuit(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.cssSelector("#nav button[data-view='circuits']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#circuit-list li[data-key='sms'] button.reset")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("circuit-message"), "imewekwa upya"));
    }

    private static void signOut(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        Object status = ((JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " fetch('/api/v1/contracts').then(r => done(r.status));");
        assertThat(status).as("the session ended with the sign-out").isEqualTo(401L);
    }

    private static List<String> audited(ApplicationContext service, String action) {
        return service.getBean(AuditLog.class).allInOrder().stream()
                .filter(e -> e.record().action().equals(action))
                .map(e -> e.record().actor())
                .toList();
    }

    private static String statusOf(ApplicationContext service, URI base, String key, String id) {
        try {
            return (String)
                    json(service, Http.get(base, "/api/v1/contracts/" + id, key).body())
                            .get("status");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
