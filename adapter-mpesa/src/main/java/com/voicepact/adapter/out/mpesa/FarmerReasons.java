package com.voicepact.adapter.out.mpesa;

import com.voicepact.application.port.shared.FailureReason;
import com.voicepact.domain.messaging.Language;
import java.util.Map;

/**
 * Why a payment did not go through, in words a farmer reads in an SMS, in English and Swahili.
 *
 * <p>Kept in the adapter for now: the project's texts live in the domain's {@code Catalog}, but the payment port is being
 * redesigned in parallel and the reasons are the application's {@link FailureReason} (which the domain cannot see); they move
 * to the Catalog (as {@code pay.reason.*}) when the port settles.
 */
public final class FarmerReasons {

    private static final Map<FailureReason, String> EN = Map.of(
            FailureReason.PAYER_CANCELLED, "the payment was cancelled on the phone",
            FailureReason.WRONG_PIN, "the M-Pesa PIN entered was wrong",
            FailureReason.PAYER_UNREACHABLE, "the phone could not be reached (switched off or no answer)",
            FailureReason.INSUFFICIENT_FUNDS, "there was not enough money in the M-Pesa account",
            FailureReason.LIMIT_REACHED, "an M-Pesa limit was reached (amount or daily limit)",
            FailureReason.RECIPIENT_INVALID, "the phone number is not registered or not active on M-Pesa",
            FailureReason.PROVIDER_BUSY, "M-Pesa was busy, please try again later");
    private static final Map<FailureReason, String> SW = Map.of(
            FailureReason.PAYER_CANCELLED, "malipo yalisitishwa kwenye simu",
            FailureReason.WRONG_PIN, "PIN ya M-Pesa iliyoingizwa si sahihi",
            FailureReason.PAYER_UNREACHABLE, "simu haikupatikana (imezimwa au haikujibu)",
            FailureReason.INSUFFICIENT_FUNDS, "hakuna pesa za kutosha kwenye akaunti ya M-Pesa",
            FailureReason.LIMIT_REACHED, "kikomo cha M-Pesa kimefikiwa (kiasi au kikomo cha siku)",
            FailureReason.RECIPIENT_INVALID, "namba ya simu haijasajiliwa au haitumiki kwenye M-Pesa",
            FailureReason.PROVIDER_BUSY, "M-Pesa ilikuwa na shughuli nyingi, tafadhali jaribu tena baadaye");
    private static final String EN_OTHER = "M-Pesa could not complete the payment";
    private static final String SW_OTHER = "M-Pesa haikuweza kukamilisha malipo";

    private FarmerReasons() {
    }

    /** The reason as a clause for an SMS ("... failed: {reason}"); reasons only an operator can act on read as a general failure. */
    public static String text(FailureReason reason, Language language) {
        Map<FailureReason, String> texts = language == Language.SW ? SW : EN;
        return texts.getOrDefault(reason, language == Language.SW ? SW_OTHER : EN_OTHER);
    }
}
