package com.voicepact.adapter.in.web.phone;

import com.voicepact.adapter.in.web.callback.CallbackGuard;
import com.voicepact.adapter.in.web.callback.FormBody;
import com.voicepact.application.port.in.HandleDeliveryReportUseCase;
import com.voicepact.application.port.in.HandleInboundSmsUseCase;
import com.voicepact.application.port.in.InboundSms;
import com.voicepact.application.port.in.SmsDeliveryReport;
import com.voicepact.domain.common.PhoneNumber;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AT's SMS callbacks: incoming messages and delivery reports, told apart by their fields. Once
 * authenticated, always answered 200 (AT would retry anything else for ten minutes); what cannot be
 * used is logged, with the phone number masked.
 */
@Controller("/api/v1/sms")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SmsWebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(SmsWebhookController.class);
    private final CallbackGuard guard;
    private final HandleInboundSmsUseCase inbound;
    private final HandleDeliveryReportUseCase reports;
    private final String defaultCountry;

    SmsWebhookController(CallbackGuard guard, HandleInboundSmsUseCase inbound, HandleDeliveryReportUseCase reports,
                         @Value("${voicepact.default-country:KE}") String defaultCountry) {
        this.guard = guard;
        this.inbound = inbound;
        this.reports = reports;
        this.defaultCountry = defaultCountry;
    }

    @Post(uris = {"/webhook", "/webhook/{+token}"})
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN})
    Map<String, String> webhook(HttpRequest<?> request, @Nullable @PathVariable("token") String token, @Nullable @Body String body) {
        guard.verify(request, token, body);
        return receive(body, false);
    }

    @Post(uris = {"/delivery-report", "/delivery-report/{+token}"})
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN})
    Map<String, String> deliveryReport(HttpRequest<?> request, @Nullable @PathVariable("token") String token, @Nullable @Body String body) {
        guard.verify(request, token, body);
        return receive(body, true);
    }

    private Map<String, String> receive(String body, boolean reportExpected) {
        try {
            Map<String, String> f = FormBody.parse(body);
            boolean isReport = reportExpected || (f.containsKey("status") && !f.containsKey("text"));
            if (isReport) {
                boolean known = reports.handle(new SmsDeliveryReport(f.get("id"), f.get("status"), f.get("phoneNumber"),
                        f.get("networkCode"), f.get("failureReason"), f.get("retryCount")));
                return Map.of("status", known ? "report_processed" : "report_unknown_message");
            }
            inbound.handle(new InboundSms(PhoneNumber.parse(f.get("from"), defaultCountry), f.get("to"), f.get("text"), f.get("date"),
                    f.get("id"), f.get("linkId")));
            return Map.of("status", "message_processed");
        } catch (RuntimeException unusable) {
            LOG.warn("SMS callback not used: {} ({} characters)", unusable.getMessage(), body == null ? 0 : body.length());
            return Map.of("status", "ignored", "reason", unusable.getMessage() == null ? "unusable" : unusable.getMessage());
        }
    }
}
