package com.voicepact.adapter.out.mpesa;

import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * M-Pesa's result code 17 ("Rule limited."): an STK push of the same amount to the same payer within about two minutes of
 * the last one is refused, asynchronously, after Daraja accepted the push ({@code shared/reference/mpesa-daraja.md}).
 *
 * <p>What the payer sees: a checkout this adapter can tell will be refused (it sent the same amount to the same phone
 * less than {@link #WINDOW} ago) is refused at once, before anything is sent, with words saying when to try again or to
 * pay a different amount; so the buyer gets the reason in the checkout answer (and the USSD/SMS reply) rather than an
 * STK prompt that never comes and a failure minutes later. The memory is this process's, bounded and lost on restart:
 * no money depends on it, since M-Pesa enforces the rule anyway; then its code 17 arrives in the STK callback or query,
 * and {@link #explained} puts the same words in that failure's description. Thread-safe.
 */
final class SameAmountRule {

    /** Daraja's window: "within ~2 minutes"; the local sandbox uses exactly two minutes. */
    static final Duration WINDOW = Duration.ofMinutes(2);

    static final String WORDS =
            "M-Pesa refuses a second payment of the same amount from the same phone within two minutes";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final int CAPACITY = 10_000;

    private final Map<String, Instant> lastPush = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The refusal for a push of {@code amount} to {@code payer} at {@code now}, when M-Pesa would refuse it with code 17. */
    synchronized Optional<GatewayAnswer> refusal(PhoneNumber payer, Money amount, Instant now) {
        Instant last = lastPush.get(key(payer, amount));
        if (last == null || !now.isBefore(last.plus(WINDOW))) {
            return Optional.empty();
        }
        Instant again = last.plus(WINDOW);
        long seconds = Math.max(1, Duration.between(now, again).toSeconds());
        return Optional.of(new GatewayAnswer.Refused(
                FailureReason.DUPLICATE,
                WORDS + ": please try again after "
                        + TIME.format(ZonedDateTime.ofInstant(again, DarajaClient.EAST_AFRICA))
                        + " East Africa Time (in " + seconds
                        + " s), or pay a different amount"));
    }

    /** Daraja accepted a push of {@code amount} to {@code payer} at {@code at}. */
    synchronized void pushed(PhoneNumber payer, Money amount, Instant at) {
        String key = key(payer, amount);
        lastPush.remove(key); // re-inserted as the newest, so the bound forgets the oldest pushes first
        lastPush.put(key, at);
    }

    /** A failure for code 17 ({@code DUPLICATE} is the STK table's word for it) carries the rule in words a payer understands. */
    static MovementOutcome explained(MovementOutcome outcome) {
        if (outcome instanceof MovementOutcome.Failed failed
                && failed.reason() == FailureReason.DUPLICATE
                && !failed.description().startsWith(WORDS)) {
            return new MovementOutcome.Failed(
                    FailureReason.DUPLICATE,
                    WORDS + ": please wait two minutes and try again, or pay a " + "different amount (M-Pesa: "
                            + failed.description() + ")");
        }
        return outcome;
    }

    private static String key(PhoneNumber payer, Money amount) {
        return payer.e164() + "|" + amount.amount().stripTrailingZeros().toPlainString();
    }
}
