package com.voicepact.adapter.in.web.phone;

import com.voicepact.adapter.in.web.PhoneNumbers;
import com.voicepact.adapter.in.web.callback.CallbackGuard;
import com.voicepact.adapter.in.web.callback.FormBody;
import com.voicepact.adapter.in.web.error.ApiErrors;
import com.voicepact.adapter.in.web.openapi.CallbackBodies;
import com.voicepact.adapter.in.web.openapi.ProviderCallback;
import com.voicepact.application.phone.port.in.InboundSms;
import com.voicepact.application.phone.port.in.ReceiveDeliveryReportUseCase;
import com.voicepact.application.phone.port.in.ReceiveSmsUseCase;
import com.voicepact.application.phone.port.in.SmsDeliveryReport;
import com.voicepact.domain.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AT's SMS callbacks: incoming messages and delivery reports, told apart by their fields. A report for
 * an SMS not logged yet is kept and applied once it is; a report after a final status changes nothing.
 * Once authenticated: 200 when the message was used, or when it can never be used (a malformed form, a
 * sender that is no phone number: {@code {"status": "ignored", "reason": ...}}), since AT would resend it
 * in vain; 503 with {@code Retry-After} when handling it failed on our side (the database, say), so that
 * AT resends it (for about ten minutes) and nothing the farmer texted is lost. Logs mask phone numbers.
 */
@Controller("/api/v1/sms")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SmsWebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(SmsWebhookController.class);
    private final CallbackGuard guard;
    private final ReceiveSmsUseCase inbound;
    private final ReceiveDeliveryReportUseCase reports;
    private final PhoneNumbers phones;

    SmsWebhookController(
            CallbackGuard guard, ReceiveSmsUseCase inbound, ReceiveDeliveryReportUseCase reports, PhoneNumbers phones) {
        this.guard = guard;
        this.inbound = inbound;
        this.reports = reports;
        this.phones = phones;
    }

    @ProviderCallback
    @CallbackBodies.IncomingSms
    @Post(uris = {"/webhook", "/webhook/{+token}"})
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN})
    HttpResponse<?> webhook(
            HttpRequest<?> request, @Nullable @PathVariable("token") String token, @Nullable @Body String body) {
        guard.verify(request, token, body);
        return receive(request, body, false);
    }

    @ProviderCallback
    @CallbackBodies.DeliveryReport
    @Post(uris = {"/delivery-report", "/delivery-report/{+token}"})
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN})
    HttpResponse<?> deliveryReport(
            HttpRequest<?> request, @Nullable @PathVariable("token") String token, @Nullable @Body String body) {
        guard.verify(request, token, body);
        return receive(request, body, true);
    }

    private HttpResponse<?> receive(HttpRequest<?> request, String body, boolean reportExpected) {
        Supplier<Map<String, String>> handling;
        try {
            handling = read(body, reportExpected);
        } catch (RuntimeException unusable) { // a malformed form or field: resending it cannot help
            guard.malformed(request, unusable);
            return ignored(unusable, body);
        }
        try {
            return HttpResponse.ok(handling.get());
        } catch (DomainException refused) { // the rules refuse this input, now and on every resend
            return ignored(refused, body);
        } catch (RuntimeException ourFailure) {
            LOG.error("SMS callback failed on our side; answered 503 so that AT resends it", ourFailure);
            return ApiErrors.of(
                            HttpStatus.SERVICE_UNAVAILABLE, "the message could not be handled now; send it again later")
                    .header("Retry-After", "60");
        }
    }

    /** Reads the form into the use case call it asks for; throws when the input can never be used. */
    private Supplier<Map<String, String>> read(String body, boolean reportExpected) {
        Map<String, String> f = FormBody.parse(body);
        boolean isReport = reportExpected || (f.containsKey("status") && !f.containsKey("text"));
        if (isReport) {
            SmsDeliveryReport report = new SmsDeliveryReport(
                    f.get("id"),
                    f.get("status"),
                    f.get("phoneNumber"),
                    f.get("networkCode"),
                    f.get("failureReason"),
                    f.get("retryCount"));
            return () -> Map.of(
                    "status",
                    switch (reports.handle(report)) {
                        case APPLIED -> "report_processed";
                        case KEPT_UNTIL_LOGGED -> "report_kept_until_message_logged";
                        case OUTDATED -> "report_outdated_final_status_kept";
                    });
        }
        InboundSms sms = new InboundSms(
                phones.parse(f.get("from")), f.get("to"), f.get("text"), f.get("date"), f.get("id"), f.get("linkId"));
        return () -> Map.of(
                "status",
                "message_processed",
                "outcome",
                inbound.handle(sms).name().toLowerCase(Locale.ROOT));
    }

    /** The reason in the answer is the rule's own words, or a plain one: never a parser's message. */
    private static HttpResponse<Map<String, String>> ignored(RuntimeException unusable, String body) {
        LOG.warn("SMS callback not used: {} ({} characters)", unusable.getMessage(), body == null ? 0 : body.length());
        String reason = unusable instanceof DomainException && unusable.getMessage() != null
                ? unusable.getMessage()
                : "the body is not a well-formed form";
        return HttpResponse.ok(Map.of("status", "ignored", "reason", reason));
    }
}
