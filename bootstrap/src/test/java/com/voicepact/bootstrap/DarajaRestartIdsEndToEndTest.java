package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.bootstrap.DarajaDriver.Checkout;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, section 3: the local Daraja's ids never repeat across restarts. The service (embedded default) is restarted on
 * the same data; the in-process sandbox starts empty, and the ids it hands out then (CheckoutRequestID, the payout's
 * ConversationID, receipts) are none the service stored before, so nothing stored earlier is settled by a later
 * movement: the first life's contract stays as it ended.
 */
class DarajaRestartIdsEndToEndTest {

    @TempDir
    Path dataDir;

    /** One contract paid and released; its payment and the ids: CheckoutRequestID, the payout's ConversationID, the receipts. */
    private record Life(Checkout payment, List<String> ids) {}

    private Life paidAndReleased(DarajaDriver app, String buyer, String seller) throws InterruptedException {
        String contract = app.contract(1_000, buyer, seller);
        Checkout paid = app.paid(contract, buyer, 1_000);
        app.deliverAndAccept(contract, buyer, seller);
        app.until("released", () -> app.status(paid).equals("released"), () -> app.payment(paid));
        List<String> ids = new ArrayList<>(List.of(paid.checkoutRequestId()));
        ids.add((String) app.payouts(paid).get(0).get("external_transaction_id"));
        app.daraja.deliveredCallbacks().forEach(c -> {
            java.util.regex.Matcher receipt = java.util.regex.Pattern.compile(
                            "\"(?:MpesaReceiptNumber|TransactionReceipt)\",\"Value\":\"(\\w+)\"")
                    .matcher(c.body());
            while (receipt.find()) {
                ids.add(receipt.group(1));
            }
        });
        return new Life(paid, ids);
    }

    @Test
    void
            givenTheServiceRestartedOnItsData_whenTheLocalDarajaHandsOutIdsAgain_thenNoneRepeatsAndTheFirstContractStaysAsItEnded()
                    throws Exception {
        Life first;
        Map<String, Object> firstPayment;
        try (ApplicationContext service = DarajaDriver.start(dataDir)) {
            DarajaDriver app = new DarajaDriver(service, dataDir);
            first = paidAndReleased(app, "0711000201", "0722000201");
            firstPayment = app.payment(first.payment());
        }
        try (ApplicationContext restarted = DarajaDriver.start(dataDir)) {
            DarajaDriver app = new DarajaDriver(restarted, dataDir);
            List<String> before = first.ids();
            List<String> after =
                    paidAndReleased(app, "0711000202", "0722000202").ids();

            assertThat(before)
                    .as("ids of the first life")
                    .hasSizeGreaterThanOrEqualTo(4)
                    .doesNotHaveDuplicates();
            assertThat(after)
                    .as("ids after the restart")
                    .hasSizeGreaterThanOrEqualTo(4)
                    .doesNotContainAnyElementsOf(before);
            assertThat(app.payment(first.payment()))
                    .as("the first contract's payment, untouched")
                    .isEqualTo(firstPayment);
            assertThat(app.audit()).containsEntry("intact", true);
        }
    }
}
