package com.voicepact.adapter.out.mpesa;

import static com.voicepact.adapter.out.mpesa.DarajaWireValues.RESULT_DATE;
import static com.voicepact.adapter.out.mpesa.DarajaWireValues.decimal;
import static com.voicepact.adapter.out.mpesa.DarajaWireValues.eat;
import static com.voicepact.adapter.out.mpesa.DarajaWireValues.kes;

import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.Money;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The asynchronous {@code Result}s Daraja posts back (B2C, Transaction Status, Reversal, Account Balance) and the
 * queue-timeout notice, as {@link DarajaCallbacks} parses them; for movements, each gives the neutral {@link MovementOutcome}.
 */
public final class DarajaResults {

    private DarajaResults() {}

    /**
     * A {@code Result} envelope as Daraja posts it for every asynchronous API: {@code resultCode} as text (it may be
     * {@code 0} or {@code "SFC_IC0003"}), {@code parameters} from {@code ResultParameters.ResultParameter} by {@code Key}
     * (values as text; empty on failures), {@code referenceData} from {@code ReferenceData.ReferenceItem} (one item or a list).
     */
    public record DarajaResult(
            String resultType,
            String resultCode,
            String resultDesc,
            String originatorConversationId,
            String conversationId,
            String transactionId,
            Map<String, String> parameters,
            Map<String, String> referenceData) {

        public Optional<String> parameter(String key) {
            return Optional.ofNullable(parameters.get(key)).filter(v -> !v.isBlank());
        }

        boolean succeeded() {
            return DarajaResultCodes.SUCCESS.equals(resultCode);
        }
    }

    /** A B2C payout's Result. */
    public record B2cResult(DarajaResult result) {

        public Optional<Money> amount() {
            return result.parameter("TransactionAmount").map(v -> kes(decimal("TransactionAmount", v)));
        }

        /** {@code TransactionReceipt}, else the Result's {@code TransactionID}. */
        public Optional<String> receipt() {
            return result.parameter("TransactionReceipt")
                    .or(() -> Optional.ofNullable(result.transactionId()).filter(s -> !s.isBlank()));
        }

        public Optional<String> receiverPublicName() {
            return result.parameter("ReceiverPartyPublicName");
        }

        public Optional<Instant> completedAt() {
            return result.parameter("TransactionCompletedDateTime").map(v -> eat(v, RESULT_DATE));
        }

        public Optional<Money> utilityAccountFunds() {
            return result.parameter("B2CUtilityAccountAvailableFunds")
                    .map(v -> kes(decimal("B2CUtilityAccountAvailableFunds", v)));
        }

        /** Succeeded with the amount paid and the receipt; a success lacking them is Pending; else Failed. */
        public MovementOutcome outcome() {
            if (!result.succeeded()) {
                return new MovementOutcome.Failed(
                        DarajaResultCodes.ofInitiatorCall(result.resultCode()), result.resultDesc());
            }
            Optional<Money> amount = amount();
            Optional<String> receipt = receipt();
            return amount.isPresent() && receipt.isPresent()
                    ? new MovementOutcome.Succeeded(amount.get(), receipt.get())
                    : new MovementOutcome.Pending();
        }
    }

    /**
     * A notice at {@code QueueTimeOutURL}: Daraja's queue timed out the request. It may come before the Result and never
     * says the money did not move, so the outcome is always Pending (settle by Transaction Status).
     */
    public record QueueTimeoutNotice(
            String originatorConversationId, String conversationId, String resultCode, String description) {
        public MovementOutcome outcome() {
            return new MovementOutcome.Pending();
        }
    }

    /** A Transaction Status query's Result: the looked-up transaction's {@code TransactionStatus}, amount and receipt. */
    public record TransactionStatusResult(DarajaResult result) {

        public Optional<String> transactionStatus() {
            return result.parameter("TransactionStatus");
        }

        public Optional<String> receipt() {
            return result.parameter("ReceiptNo");
        }

        public Optional<Money> amount() {
            return result.parameter("Amount").map(v -> kes(decimal("Amount", v)));
        }

        /**
         * The looked-up transaction's outcome: Succeeded when {@code Completed} with amount and receipt; Failed when Daraja
         * names it failed, declined, cancelled or expired; Pending otherwise, including a query that itself failed (a
         * non-zero code says nothing about the money: never treat it as "not paid").
         */
        public MovementOutcome outcome() {
            if (!result.succeeded()) {
                return new MovementOutcome.Pending();
            }
            String status = transactionStatus().orElse("");
            if (status.equalsIgnoreCase("Completed")
                    && amount().isPresent()
                    && receipt().isPresent()) {
                return new MovementOutcome.Succeeded(amount().get(), receipt().get());
            }
            if (List.of("failed", "declined", "cancelled", "expired").contains(status.toLowerCase(Locale.ROOT))) {
                return new MovementOutcome.Failed(
                        FailureReason.OTHER,
                        status
                                + result.parameter("ReasonType")
                                        .map(r -> ": " + r)
                                        .orElse(""));
            }
            return new MovementOutcome.Pending();
        }
    }

    /** A Reversal's Result: on success the reversal's {@code TransactionID} is the receipt of the money returned. */
    public record ReversalResult(DarajaResult result) {

        public Optional<Money> amount() {
            return result.parameter("Amount").map(v -> kes(decimal("Amount", v)));
        }

        public Optional<String> originalTransactionId() {
            return result.parameter("OriginalTransactionID");
        }

        /** Succeeded with the amount returned and the reversal's receipt; a success lacking the amount is Pending; else Failed. */
        public MovementOutcome outcome() {
            if (!result.succeeded()) {
                return new MovementOutcome.Failed(
                        DarajaResultCodes.ofInitiatorCall(result.resultCode()), result.resultDesc());
            }
            Optional<Money> amount = amount();
            return amount.isPresent()
                            && result.transactionId() != null
                            && !result.transactionId().isBlank()
                    ? new MovementOutcome.Succeeded(amount.get(), result.transactionId())
                    : new MovementOutcome.Pending();
        }
    }

    /** One account of an Account Balance Result: its name, and its (current) amount at the currency's scale. */
    public record AccountBalance(String name, Money amount) {}

    /** An Account Balance Result: its accounts (empty on failure) and Daraja's code and description. */
    public record AccountBalanceResult(DarajaResult result, List<AccountBalance> accounts) {

        public Optional<AccountBalance> account(String name) {
            return accounts.stream()
                    .filter(a -> a.name().equalsIgnoreCase(name))
                    .findFirst();
        }
    }
}
