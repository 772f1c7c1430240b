package com.voicepact.adapter.in.web.contract;

import com.voicepact.adapter.in.web.PhoneNumbers;
import com.voicepact.adapter.in.web.openapi.JsonErrors;
import com.voicepact.adapter.in.web.security.Operator;
import com.voicepact.application.contract.port.in.ConfirmContractUseCase;
import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.in.CreateContractCommand;
import com.voicepact.application.contract.port.in.CreateContractUseCase;
import com.voicepact.application.contract.port.in.DeclineContractUseCase;
import com.voicepact.application.contract.port.in.GetContractUseCase;
import com.voicepact.application.contract.port.in.ListContractsUseCase;
import com.voicepact.application.contract.port.shared.ContractSearch;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** The operators' contract API; every call is on behalf of someone and audited with the operator's key id. */
@JsonErrors
@Controller("/api/v1/contracts")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ContractController {

    private final CreateContractUseCase create;
    private final GetContractUseCase get;
    private final ListContractsUseCase list;
    private final ConfirmContractUseCase confirm;
    private final DeclineContractUseCase decline;
    private final ContractRequestMapper requests;
    private final PhoneNumbers phones;

    ContractController(
            CreateContractUseCase create,
            GetContractUseCase get,
            ListContractsUseCase list,
            ConfirmContractUseCase confirm,
            DeclineContractUseCase decline,
            ContractRequestMapper requests,
            PhoneNumbers phones) {
        this.create = create;
        this.get = get;
        this.list = list;
        this.confirm = confirm;
        this.decline = decline;
        this.requests = requests;
        this.phones = phones;
    }

    @Status(HttpStatus.CREATED) // what HttpResponse.created answers, for the OpenAPI document
    @Post("/create")
    HttpResponse<ContractResponse> create(HttpRequest<?> http, @Body CreateContractRequest body) {
        CreateContractCommand command = new CreateContractCommand(
                ContractType.parse(body.contractType()),
                requests.parties(body.parties()),
                requests.terms(body.terms()),
                body.transcript(),
                Actor.operator(Operator.keyIdOf(http)));
        return HttpResponse.created(ContractResponse.from(create.create(command)));
    }

    @Status(HttpStatus.CREATED) // what HttpResponse.created answers, for the OpenAPI document
    @Post("/create/manual")
    HttpResponse<ContractResponse> createManual(HttpRequest<?> http, @Body ManualContractRequest body) {
        CreateContractCommand command = CreateContractCommand.manual(
                ContractType.parse(body.contractType()),
                requests.parties(body.parties()),
                requests.terms(body.terms()),
                Actor.operator(Operator.keyIdOf(http)));
        return HttpResponse.created(ContractResponse.from(create.create(command)));
    }

    @Get("/{id}")
    ContractResponse get(@PathVariable String id) {
        return ContractResponse.from(get.get(ContractId.parse(id)));
    }

    @Get("/{id}/status")
    ContractStatusResponse status(@PathVariable String id) {
        return ContractStatusResponse.from(get.get(ContractId.parse(id)));
    }

    @Get
    ContractListResponse list(
            @Nullable @QueryValue("phone_number") String phone,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue Integer limit,
            @Nullable @QueryValue Integer offset) {
        ContractSearch search = new ContractSearch(
                phone == null || phone.isBlank() ? null : phones.parse(phone),
                status == null || status.isBlank() ? null : ContractStatus.parse(status),
                limit == null ? 50 : limit,
                offset == null ? 0 : offset);
        return ContractListResponse.from(list.list(search));
    }

    @Post("/{id}/confirm")
    DecisionResponse confirm(
            HttpRequest<?> http,
            @PathVariable String id,
            @Nullable @QueryValue("phone_number") String phoneQuery,
            @Nullable @Body PhoneNumberBody body) {
        PhoneNumber party = partyOf(phoneQuery, body);
        return DecisionResponse.confirmed(
                confirm.confirm(
                        ContractDecisionCommand.byOperator(ContractId.parse(id), party, Operator.keyIdOf(http))),
                party);
    }

    @Post("/{id}/decline")
    DecisionResponse decline(
            HttpRequest<?> http,
            @PathVariable String id,
            @Nullable @QueryValue("phone_number") String phoneQuery,
            @Nullable @Body PhoneNumberBody body) {
        PhoneNumber party = partyOf(phoneQuery, body);
        return DecisionResponse.declined(
                decline.decline(
                        ContractDecisionCommand.byOperator(ContractId.parse(id), party, Operator.keyIdOf(http))),
                party);
    }

    private PhoneNumber partyOf(String phoneQuery, PhoneNumberBody body) {
        String raw =
                phoneQuery != null && !phoneQuery.isBlank() ? phoneQuery : body == null ? null : body.phoneNumber();
        InvalidValueException.require(
                raw != null && !raw.isBlank(), "phone_number is required (query parameter or JSON body)");
        return phones.parse(raw);
    }
}
