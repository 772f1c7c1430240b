package com.voicepact.application.escrow.port.out;

import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import java.util.List;
import java.util.Objects;

/**
 * Reads a payment provider's callbacks: the provider's words stay in the adapter that implements this port (Africa's
 * Talking's notification, Daraja's STK callback and Results), and the application gets a typed {@link Reading}.
 *
 * <p>{@code route}: the address the callback came to, relative to where the provider was told to post (for AT's payment
 * webhook {@code webhook}; for Daraja the paths {@code DarajaConfig} builds, {@code stk}, {@code b2c/result}, ...);
 * {@code contentType}: the request's media type as sent (may be null); {@code body}: the raw body, never parsed before.
 */
public interface PaymentCallbacksPort {

    /** Whether this provider posts callbacks to {@code route}. */
    boolean reads(String route);

    /** What the callback says. Never throws for a body that is not what the route takes: that is {@link Reading.Unreadable}. */
    Reading read(String route, String contentType, String body);

    /** A callback's meaning, in no provider's words. */
    sealed interface Reading {

        /**
         * Final words on movements of money, to be settled (after confirmation, when their source is
         * {@link SettleMovementCommand.Source#CALLBACK}). A provider's answer to a question we asked it (Daraja's
         * Transaction Status Result that correlates with a query we sent) carries {@code QUERY}.
         */
        record Settle(List<SettleMovementCommand> commands) implements Reading {
            public Settle {
                commands = List.copyOf(commands);
            }
        }

        /** A valid callback with nothing to settle: a queue-timeout notice, a balance, a movement still under way. */
        record Acknowledged(String what) implements Reading {
            public Acknowledged {
                what = what == null ? "" : what;
            }
        }

        /**
         * A callback the provider cannot have sent as it stands, recognisable without asking it: an answer to a question
         * we never asked, a result under an id the provider never gave that movement. Recorded and flagged, never applied.
         * {@code providerReference}: the id it names (at most 100 characters); {@code claimsSuccess}: whether it says the
         * money moved; {@code detail}: why it is refused, for the operator.
         */
        record Unsolicited(String providerReference, boolean claimsSuccess, String detail, String evidence)
                implements Reading {
            public Unsolicited {
                Objects.requireNonNull(providerReference, "providerReference");
                Objects.requireNonNull(detail, "detail");
                evidence = evidence == null ? "" : evidence;
            }
        }

        /** Not the callback this route takes, with a reason in the sender's terms (no parser or class names). */
        record Unreadable(String reason) implements Reading {
            public Unreadable {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
