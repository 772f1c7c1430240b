package com.voicepact.adapter.in.web.phone;

import com.voicepact.adapter.in.web.PhoneNumbers;
import com.voicepact.adapter.in.web.openapi.JsonErrors;
import com.voicepact.adapter.in.web.openapi.OperatorBodies;
import com.voicepact.application.contract.port.in.GetContractUseCase;
import com.voicepact.application.operations.port.in.CheckHealthUseCase;
import com.voicepact.application.phone.port.in.SendSmsCommand;
import com.voicepact.application.phone.port.in.SendSmsUseCase;
import com.voicepact.application.phone.port.shared.RecipientResult;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.messaging.SmsTemplates;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The product docs' operator SMS endpoints; they send at once and log every recipient's result. */
@JsonErrors
@Controller("/api/v1/sms")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SmsOperatorController {

    private final SendSmsUseCase sms;
    private final GetContractUseCase contracts;
    private final CheckHealthUseCase health;
    private final PhoneNumbers phones;
    private final String username;
    private final boolean apiKeySet;

    SmsOperatorController(
            SendSmsUseCase sms,
            GetContractUseCase contracts,
            CheckHealthUseCase health,
            PhoneNumbers phones,
            @Value("${voicepact.at.username:sandbox}") String username,
            @Value("${voicepact.at.api-key-set:false}") boolean apiKeySet) {
        this.sms = sms;
        this.contracts = contracts;
        this.health = health;
        this.phones = phones;
        this.username = username;
        this.apiKeySet = apiKeySet;
    }

    @Post("/test")
    Map<String, Object> test(@QueryValue("phone_number") String phone) {
        String text = "VoicePact SMS Test - "
                + DateTimeFormatter.ofPattern("HH:mm:ss").format(Instant.now().atOffset(ZoneOffset.UTC));
        return success(send(List.of(phone), text, "test", null));
    }

    @OperatorBodies.SmsSend
    @Post("/send")
    Map<String, Object> send(@Nullable @Body JsonNode body) {
        SmsRequests.Send request = SmsRequests.Send.from(body);
        return success(send(List.of(request.phoneNumber()), request.message(), "operator", null));
    }

    @OperatorBodies.SmsBulk
    @Post("/send/bulk")
    Map<String, Object> bulk(@Nullable @Body JsonNode body) {
        SmsRequests.Bulk request = SmsRequests.Bulk.from(body);
        return success(send(request.recipients(), request.message(), "bulk", null));
    }

    /** The contract summary, as stored, to the given recipients or to every party. */
    @OperatorBodies.SmsContract
    @Post("/send/contract")
    Map<String, Object> contract(@Nullable @Body JsonNode body) {
        SmsRequests.ContractSummary request = SmsRequests.ContractSummary.from(body);
        Contract contract = contracts.get(ContractId.parse(request.contractId()));
        List<String> recipients = request.recipients().isEmpty()
                ? contract.agreement().parties().stream()
                        .map(Party::phone)
                        .map(PhoneNumber::e164)
                        .toList()
                : request.recipients();
        String message = SmsTemplates.in(Language.EN).contractSummary(contract);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("contract_id", contract.id().value());
        answer.put("recipients", recipients);
        answer.put("message", message);
        answer.put("sms_result", results(send(recipients, message, "summary", contract.id())));
        return answer;
    }

    @Get("/status")
    Map<String, Object> status() {
        boolean available = health.check().components().getOrDefault("sms_service", false);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service", "SMS");
        answer.put("username", username);
        answer.put("api_key_set", apiKeySet);
        answer.put("service_available", available);
        answer.put("timestamp", Instant.now().toString());
        answer.put("message", available ? "SMS service is ready" : "SMS service is unavailable");
        return answer;
    }

    private List<RecipientResult> send(List<String> recipients, String text, String type, ContractId contract) {
        return sms.send(
                new SendSmsCommand(recipients.stream().map(r -> phones.parse(r)).toList(), text, type, contract));
    }

    private static Map<String, Object> success(List<RecipientResult> results) {
        return Map.of("status", "success", "data", Map.of("recipients", results(results)));
    }

    private static List<Map<String, String>> results(List<RecipientResult> results) {
        return results.stream()
                .map(r -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("number", r.phone() == null ? null : r.phone().e164());
                    row.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
                    row.put("message_id", r.messageId());
                    row.put("cost", r.cost());
                    row.put("reason", r.reason());
                    return row;
                })
                .toList();
    }
}
