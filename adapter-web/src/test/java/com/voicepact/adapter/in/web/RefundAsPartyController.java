package com.voicepact.adapter.in.web;

import com.voicepact.application.escrow.port.in.RefundEscrowCommand;
import com.voicepact.application.escrow.port.in.RefundEscrowUseCase;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.payment.TransactionId;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/** A channel that acts for a party (as SMS or USSD do) asking for a refund: the use case must refuse it. */
@Controller("/test/refund-as-party")
@ExecuteOn(TaskExecutors.BLOCKING)
class RefundAsPartyController {

    private final RefundEscrowUseCase refund;

    RefundAsPartyController(RefundEscrowUseCase refund) {
        this.refund = refund;
    }

    @Post
    Map<String, String> refund(@Body Map<String, String> body) {
        refund.refund(new RefundEscrowCommand(
                TransactionId.parse(body.get("transaction_id")),
                "I want my money back",
                Actor.party(new PhoneNumber(body.get("phone_number")))));
        return Map.of("status", "refunding");
    }
}
