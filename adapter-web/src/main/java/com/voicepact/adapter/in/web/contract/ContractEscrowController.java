package com.voicepact.adapter.in.web.contract;

import com.voicepact.adapter.in.web.PhoneNumbers;
import com.voicepact.adapter.in.web.openapi.JsonErrors;
import com.voicepact.adapter.in.web.security.Operator;
import com.voicepact.application.escrow.port.in.AcceptDeliveryUseCase;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.DisputeCommand;
import com.voicepact.application.escrow.port.in.RaiseDisputeUseCase;
import com.voicepact.application.escrow.port.in.ReportDeliveryUseCase;
import com.voicepact.application.escrow.port.in.ResolveDisputeCommand;
import com.voicepact.application.escrow.port.in.ResolveDisputeUseCase;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.DisputeResolution;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Delivery and dispute actions an operator takes for a party (parties themselves use SMS and USSD). */
@JsonErrors
@Controller("/api/v1/contracts/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ContractEscrowController {

    private final ReportDeliveryUseCase report;
    private final AcceptDeliveryUseCase accept;
    private final RaiseDisputeUseCase raise;
    private final ResolveDisputeUseCase resolve;
    private final PhoneNumbers phones;

    ContractEscrowController(
            ReportDeliveryUseCase report,
            AcceptDeliveryUseCase accept,
            RaiseDisputeUseCase raise,
            ResolveDisputeUseCase resolve,
            PhoneNumbers phones) {
        this.report = report;
        this.accept = accept;
        this.raise = raise;
        this.resolve = resolve;
        this.phones = phones;
    }

    @Post("/delivery")
    ContractResponse reportDelivery(HttpRequest<?> http, @PathVariable String id, @Body EscrowActionRequest body) {
        PhoneNumber party = party(body);
        return ContractResponse.from(report.reportDelivery(new DeliveryCommand(
                ContractId.parse(id),
                party,
                body.quantity(),
                Channel.API,
                Actor.operatorFor(Operator.keyIdOf(http), party))));
    }

    @Post("/delivery/accept")
    ContractResponse acceptDelivery(HttpRequest<?> http, @PathVariable String id, @Body EscrowActionRequest body) {
        PhoneNumber party = party(body);
        return ContractResponse.from(accept.acceptDelivery(new DeliveryCommand(
                ContractId.parse(id), party, null, Channel.API, Actor.operatorFor(Operator.keyIdOf(http), party))));
    }

    @Post("/dispute")
    ContractResponse raiseDispute(HttpRequest<?> http, @PathVariable String id, @Body EscrowActionRequest body) {
        PhoneNumber party = party(body);
        return ContractResponse.from(raise.raiseDispute(new DisputeCommand(
                ContractId.parse(id), party, body.reason(), Actor.operatorFor(Operator.keyIdOf(http), party))));
    }

    @Post("/dispute/resolve")
    ContractResponse resolveDispute(HttpRequest<?> http, @PathVariable String id, @Body EscrowActionRequest body) {
        return ContractResponse.from(resolve.resolveDispute(new ResolveDisputeCommand(
                ContractId.parse(id),
                resolution(body.resolution()),
                body.sellerShare(),
                Actor.operator(Operator.keyIdOf(http)))));
    }

    private PhoneNumber party(EscrowActionRequest body) {
        InvalidValueException.require(body.phoneNumber() != null, "phone_number of the party is required");
        return phones.parse(body.phoneNumber());
    }

    private static DisputeResolution resolution(String text) {
        if (text == null) {
            throw new InvalidValueException("resolution is required: release, refund or split");
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "release" -> DisputeResolution.RELEASE_TO_SELLER;
            case "refund" -> DisputeResolution.REFUND_BUYER;
            case "split" -> DisputeResolution.SPLIT;
            default ->
                throw new InvalidValueException("resolution must be release, refund or split, got '" + text + "'");
        };
    }
}
