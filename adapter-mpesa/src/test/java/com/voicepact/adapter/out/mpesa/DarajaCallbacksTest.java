package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.adapter.out.mpesa.DarajaCallbacks.StkCallback;
import com.voicepact.adapter.out.mpesa.DarajaResults.AccountBalance;
import com.voicepact.adapter.out.mpesa.DarajaResults.AccountBalanceResult;
import com.voicepact.adapter.out.mpesa.DarajaResults.B2cResult;
import com.voicepact.adapter.out.mpesa.DarajaResults.QueueTimeoutNotice;
import com.voicepact.adapter.out.mpesa.DarajaResults.ReversalResult;
import com.voicepact.adapter.out.mpesa.DarajaResults.TransactionStatusResult;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every body Daraja posts back, as Daraja writes it, to a typed record and a neutral outcome. */
class DarajaCallbacksTest {

    private static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }

    @Nested
    class Stk {
        @Test
        void givenAPaidPushWithItemsInAnyOrder_whenParsed_thenFoundByNameAndSucceededWithTheReceipt() {
            StkCallback callback = DarajaCallbacks.parseStkCallback("""
                    {"Body":{"stkCallback":{"MerchantRequestID":"29115-34620561-1","CheckoutRequestID":"ws_CO_191220191020363925",
                     "ResultCode":0,"ResultDesc":"The service request is processed successfully.",
                     "CallbackMetadata":{"Item":[{"Name":"PhoneNumber","Value":254708374149},{"Name":"Balance"},
                      {"Name":"MpesaReceiptNumber","Value":"NLJ7RT61SV"},{"Name":"TransactionDate","Value":20261130101530},
                      {"Name":"Amount","Value":1500.00}]}}}}""");

            assertThat(callback)
                    .isEqualTo(new StkCallback(
                            "29115-34620561-1",
                            "ws_CO_191220191020363925",
                            "0",
                            "The service request is processed successfully.",
                            new BigDecimal("1500.00"),
                            "NLJ7RT61SV",
                            Instant.parse("2026-11-30T07:15:30Z"),
                            "254708374149",
                            "1500.00"));
            assertThat(callback.outcome()).isEqualTo(new MovementOutcome.Succeeded(kes("1500.00"), "NLJ7RT61SV"));
            assertThat(((MovementOutcome.Succeeded) callback.outcome())
                            .amount()
                            .amount()
                            .scale())
                    .isEqualTo(2);
        }

        @Test
        @org.junit.jupiter.api.Timeout(
                value = 30,
                threadMode =
                        org.junit.jupiter.api.Timeout.ThreadMode
                                .SEPARATE_THREAD) // a guard, not a speed target: before the fix this parse ran for
        // minutes
        void givenAnAmountWithAnExponentNoMpesaNumberHas_whenParsed_thenKeptAsWrittenNeverExpanded() {
            StkCallback callback = DarajaCallbacks.parseStkCallback("""
                    {"Body":{"stkCallback":{"MerchantRequestID":"m","CheckoutRequestID":"c","ResultCode":0,"ResultDesc":"ok",
                     "CallbackMetadata":{"Item":[{"Name":"Amount","Value":1e20000000},{"Name":"MpesaReceiptNumber","Value":"R1"},
                      {"Name":"TransactionDate","Value":1e2147483647}]}}}}""".replace(
                            "\"TransactionDate\",\"Value\":1e2147483647", "\"PhoneNumber\",\"Value\":1e2147483647"));

            assertThat(callback.amountAsWritten()).isEqualTo("1E+20000000");
            assertThat(callback.amount()).as("no number M-Pesa writes").isNull();
            assertThat(callback.succeededWithUnusableAmount()).isTrue();
            assertThat(callback.phone()).hasSizeLessThan(40);
        }

        @Test
        void givenANumberWhoseExponentOverflows_whenParsed_thenRefusedInOurWordsNotTheParsers() {
            assertThatThrownBy(() -> DarajaCallbacks.parseStkCallback("""
                    {"Body":{"stkCallback":{"MerchantRequestID":"m","CheckoutRequestID":"c","ResultCode":0,"ResultDesc":"ok",
                     "CallbackMetadata":{"Item":[{"Name":"Amount","Value":1e2147483648}]}}}}"""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the callback body is not JSON, or a number in it cannot be read");
        }

        @Test
        void givenACancelledPush_whenParsed_thenFailedAsCancelledWithoutMetadata() {
            StkCallback callback = DarajaCallbacks.parseStkCallback("""
                    {"Body":{"stkCallback":{"MerchantRequestID":"m-1","CheckoutRequestID":"ws_CO_1","ResultCode":1032,
                     "ResultDesc":"Request cancelled by user"}}}""");

            assertThat(callback.amount()).isNull();
            assertThat(callback.receipt()).isNull();
            assertThat(callback.outcome())
                    .isEqualTo(new MovementOutcome.Failed(FailureReason.PAYER_CANCELLED, "Request cancelled by user"));
        }

        @Test
        void givenASuccessWithoutItsReceipt_whenParsed_thenPendingUntilAQueryConfirms() {
            StkCallback callback = DarajaCallbacks.parseStkCallback("""
                    {"Body":{"stkCallback":{"MerchantRequestID":"m","CheckoutRequestID":"c","ResultCode":0,"ResultDesc":"ok",
                     "CallbackMetadata":{"Item":[{"Name":"Amount","Value":10}]}}}}""");

            assertThat(callback.outcome()).isEqualTo(new MovementOutcome.Pending());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "not json",
                    "[]",
                    "{\"Body\":{}}",
                    "{\"Body\":{\"stkCallback\":{\"ResultCode\":0}}}",
                    "{\"Body\":{\"stkCallback\":{\"MerchantRequestID\":\"m\",\"CheckoutRequestID\":\"c\"}}}"
                })
        void givenSomethingElse_whenParsed_thenRefusedWithAReason(String body) {
            assertThatThrownBy(() -> DarajaCallbacks.parseStkCallback(body))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("Exception");
        }
    }

    @Nested
    class B2c {
        @Test
        void givenAPaidPayout_whenParsed_thenParametersByKeyAndSucceeded() {
            B2cResult result = DarajaCallbacks.parseB2cResult("""
                    {"Result":{"ResultType":0,"ResultCode":0,"ResultDesc":"The service request is processed successfully.",
                     "OriginatorConversationID":"PAYOUT-0001","ConversationID":"AG_20261130_0000","TransactionID":"NLJ41HAY6Q",
                     "ResultParameters":{"ResultParameter":[{"Key":"TransactionAmount","Value":175000},
                      {"Key":"TransactionReceipt","Value":"NLJ41HAY6Q"},{"Key":"ReceiverPartyPublicName","Value":"254708374149 - John Doe"},
                      {"Key":"TransactionCompletedDateTime","Value":"30.11.2026 10:15:30"},
                      {"Key":"B2CUtilityAccountAvailableFunds","Value":324500.00},{"Key":"B2CChargesPaidAccountAvailableFunds","Value":-4510.00},
                      {"Key":"B2CRecipientIsRegisteredCustomer","Value":"Y"}]},
                     "ReferenceData":{"ReferenceItem":{"Key":"QueueTimeoutURL","Value":"https://internalsandbox.safaricom.co.ke/timeout"}}}}""");

            assertThat(result.outcome()).isEqualTo(new MovementOutcome.Succeeded(kes("175000"), "NLJ41HAY6Q"));
            assertThat(result.receiverPublicName()).contains("254708374149 - John Doe");
            assertThat(result.completedAt()).contains(Instant.parse("2026-11-30T07:15:30Z"));
            assertThat(result.utilityAccountFunds()).contains(kes("324500"));
            assertThat(result.result().originatorConversationId()).isEqualTo("PAYOUT-0001");
            assertThat(result.result().conversationId()).isEqualTo("AG_20261130_0000");
            assertThat(result.result().referenceData())
                    .containsEntry("QueueTimeoutURL", "https://internalsandbox.safaricom.co.ke/timeout");
            assertThat(result.result().parameter("B2CRecipientIsRegisteredCustomer"))
                    .contains("Y");
        }

        @Test
        void givenAnAmountThatIsNoNumber_whenRead_thenRefusedInDarajasTermsNotTheParsers() {
            B2cResult result = DarajaCallbacks.parseB2cResult("""
                    {"Result":{"ResultType":0,"ResultCode":0,"ResultDesc":"ok","OriginatorConversationID":"PAYOUT-0009",
                     "ConversationID":"AG_9","TransactionID":"NLJ41HAY6Q","ResultParameters":{"ResultParameter":[
                      {"Key":"TransactionAmount","Value":"abc"},{"Key":"TransactionReceipt","Value":"NLJ41HAY6Q"}]}}}""");

            assertThatThrownBy(result::outcome)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("TransactionAmount 'abc' is not an amount");
        }

        @Test
        void givenAnUnknownNumber_whenParsed_thenFailedWithoutParametersAsRecipientInvalid() {
            B2cResult result = DarajaCallbacks.parseB2cResult("""
                    {"Result":{"ResultType":0,"ResultCode":"SFC_IC0003","ResultDesc":"The receiver does not exist.",
                     "OriginatorConversationID":"PAYOUT-0002","ConversationID":"AG_2","TransactionID":"NLJ0000000",
                     "ReferenceData":{"ReferenceItem":[{"Key":"QueueTimeoutURL","Value":"https://x/timeout"}]}}}""");

            assertThat(result.result().parameters()).isEmpty();
            assertThat(result.amount()).isEmpty();
            assertThat(result.outcome())
                    .isEqualTo(new MovementOutcome.Failed(
                            FailureReason.RECIPIENT_INVALID, "The receiver does not exist."));
        }

        @Test
        void givenTheUtilityAccountIsEmpty_whenParsed_thenFailedAsInsufficientFunds() {
            B2cResult result = DarajaCallbacks.parseB2cResult("""
                    {"Result":{"ResultType":0,"ResultCode":1,"ResultDesc":"The balance is insufficient for the transaction.",
                     "OriginatorConversationID":"PAYOUT-0003","ConversationID":"AG_3","TransactionID":"NLJ0000001"}}""");

            assertThat(result.outcome())
                    .isEqualTo(new MovementOutcome.Failed(
                            FailureReason.INSUFFICIENT_FUNDS, "The balance is insufficient for the transaction."));
        }

        @Test
        void givenAQueueTimeoutNotice_whenParsed_thenItsIdsAndAlwaysPending() {
            QueueTimeoutNotice notice = DarajaCallbacks.parseQueueTimeout("""
                    {"Result":{"ResultType":1,"ResultCode":"1","ResultDesc":"The service request timed out.",
                     "OriginatorConversationID":"PAYOUT-0001","ConversationID":"AG_20261130_0000"}}""");

            assertThat(notice)
                    .isEqualTo(new QueueTimeoutNotice(
                            "PAYOUT-0001", "AG_20261130_0000", "1", "The service request timed out."));
            assertThat(notice.outcome()).isEqualTo(new MovementOutcome.Pending());
            assertThatThrownBy(() -> DarajaCallbacks.parseQueueTimeout("{\"Result\":{}}"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Checks {
        private static final String STATUS = """
                {"Result":{"ResultType":0,"ResultCode":%s,"ResultDesc":"%s","OriginatorConversationID":"STATUS-1",
                 "ConversationID":"AG_S1","TransactionID":"NLJ0000002",
                 "ResultParameters":{"ResultParameter":[{"Key":"DebitPartyName","Value":"600000 - Safaricom333"},
                  {"Key":"TransactionStatus","Value":"%s"},{"Key":"ReasonType","Value":"Salary Payment via API"},
                  {"Key":"FinalisedTime","Value":20261130101530},{"Key":"Amount","Value":175000.00},
                  {"Key":"ReceiptNo","Value":"NLJ41HAY6Q"},{"Key":"OriginatorConversationID","Value":"PAYOUT-0001"}]}}}""";

        @Test
        void givenACompletedTransaction_whenStatusResultParsed_thenSucceededWithItsReceipt() {
            TransactionStatusResult result =
                    DarajaCallbacks.parseTransactionStatusResult(STATUS.formatted("0", "ok", "Completed"));

            assertThat(result.outcome()).isEqualTo(new MovementOutcome.Succeeded(kes("175000"), "NLJ41HAY6Q"));
            assertThat(result.result().parameter("OriginatorConversationID")).contains("PAYOUT-0001");
        }

        @Test
        void givenADeclinedTransaction_whenStatusResultParsed_thenFailed() {
            TransactionStatusResult result =
                    DarajaCallbacks.parseTransactionStatusResult(STATUS.formatted("0", "ok", "Declined"));

            assertThat(result.outcome())
                    .isEqualTo(new MovementOutcome.Failed(FailureReason.OTHER, "Declined: Salary Payment via API"));
        }

        @Test
        void givenTheQueryItselfFailed_whenStatusResultParsed_thenPendingNeverNotPaid() {
            TransactionStatusResult result = DarajaCallbacks.parseTransactionStatusResult("""
                    {"Result":{"ResultType":0,"ResultCode":2001,"ResultDesc":"The initiator information is invalid.",
                     "OriginatorConversationID":"STATUS-2","ConversationID":"AG_S2","TransactionID":"NLJ0000003"}}""");

            assertThat(result.outcome()).isEqualTo(new MovementOutcome.Pending());
        }

        @Test
        void givenAReversal_whenResultParsed_thenSucceededWithTheReversalsReceipt() {
            ReversalResult result = DarajaCallbacks.parseReversalResult("""
                    {"Result":{"ResultType":0,"ResultCode":0,"ResultDesc":"The service request is processed successfully.",
                     "OriginatorConversationID":"REV-1","ConversationID":"AG_R1","TransactionID":"NLJ51HAY7R",
                     "ResultParameters":{"ResultParameter":[{"Key":"DebitAccountBalance","Value":"Utility Account|KES|51661.00|51661.00|0.00|0.00"},
                      {"Key":"Amount","Value":2500.00},{"Key":"TransCompletedTime","Value":20261130101530},
                      {"Key":"OriginalTransactionID","Value":"NLJ7RT61SV"},{"Key":"Charge","Value":0.00},
                      {"Key":"CreditPartyPublicName","Value":"254708374149 - John Doe"}]}}}""");

            assertThat(result.outcome()).isEqualTo(new MovementOutcome.Succeeded(kes("2500"), "NLJ51HAY7R"));
            assertThat(result.originalTransactionId()).contains("NLJ7RT61SV");
        }

        @Test
        void givenARefusedReversal_whenResultParsed_thenFailedWithDarajasDescription() {
            ReversalResult result = DarajaCallbacks.parseReversalResult("""
                    {"Result":{"ResultType":0,"ResultCode":"R000002","ResultDesc":"The OriginalTransactionID is invalid.",
                     "OriginatorConversationID":"REV-2","ConversationID":"AG_R2","TransactionID":"NLJ0000004"}}""");

            assertThat(result.outcome())
                    .isEqualTo(
                            new MovementOutcome.Failed(FailureReason.OTHER, "The OriginalTransactionID is invalid."));
        }

        @Test
        void givenABalanceResult_whenParsed_thenEveryAccountWithItsAmount() {
            AccountBalanceResult result =
                    DarajaCallbacks.parseAccountBalanceResult("""
                    {"Result":{"ResultType":0,"ResultCode":0,"ResultDesc":"The service request is processed successfully.",
                     "OriginatorConversationID":"BAL-1","ConversationID":"AG_B1","TransactionID":"NLJ0000005",
                     "ResultParameters":{"ResultParameter":[{"Key":"AccountBalance",
                      "Value":"Working Account|KES|700000.00|700000.00|0.00|0.00&Float Account|KES|0.00|0.00|0.00|0.00&Utility Account|KES|228037.00|228037.00|0.00|0.00&Charges Paid Account|KES|-1540.00|-1540.00|0.00|0.00"},
                      {"Key":"BOCompletedTime","Value":20261130101530}]}}}""".replace("-1540.00|-1540.00", "1540.00|1540.00"));

            assertThat(result.accounts())
                    .extracting(AccountBalance::name)
                    .containsExactly("Working Account", "Float Account", "Utility Account", "Charges Paid Account");
            assertThat(result.account("utility account"))
                    .contains(new AccountBalance("Utility Account", kes("228037")));
            assertThat(result.account("Working Account").map(AccountBalance::amount))
                    .contains(kes("700000.00"));
        }

        @Test
        void givenAFailedBalanceQuery_whenParsed_thenNoAccounts() {
            AccountBalanceResult result = DarajaCallbacks.parseAccountBalanceResult("""
                    {"Result":{"ResultType":0,"ResultCode":21,"ResultDesc":"The initiator is not allowed to initiate this request.",
                     "OriginatorConversationID":"BAL-2","ConversationID":"AG_B2","TransactionID":"NLJ0000006"}}""");

            assertThat(result.accounts()).isEqualTo(List.of());
            assertThat(DarajaResultCodes.ofInitiatorCall(result.result().resultCode()))
                    .isEqualTo(FailureReason.CONFIGURATION);
        }
    }
}
