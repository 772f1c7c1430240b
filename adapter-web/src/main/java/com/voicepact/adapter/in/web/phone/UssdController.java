package com.voicepact.adapter.in.web.phone;

import com.voicepact.adapter.in.web.PhoneNumbers;
import com.voicepact.adapter.in.web.callback.CallbackGuard;
import com.voicepact.adapter.in.web.callback.CallbackRejectedException;
import com.voicepact.adapter.in.web.callback.FormBody;
import com.voicepact.adapter.in.web.openapi.CallbackBodies;
import com.voicepact.adapter.in.web.openapi.ProviderCallback;
import com.voicepact.application.phone.port.in.HandleUssdRequestUseCase;
import com.voicepact.application.phone.port.in.UssdRequest;
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
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/**
 * AT's USSD callback: a form in, {@code text/plain} {@code CON ...}/{@code END ...} out, always,
 * refusals included (AT shows the text and ends the session).
 */
@Controller("/api/v1/ussd")
@ExecuteOn(TaskExecutors.BLOCKING)
final class UssdController {

    private final CallbackGuard guard;
    private final HandleUssdRequestUseCase ussd;
    private final PhoneNumbers phones;

    UssdController(CallbackGuard guard, HandleUssdRequestUseCase ussd, PhoneNumbers phones) {
        this.guard = guard;
        this.ussd = ussd;
        this.phones = phones;
    }

    @ProviderCallback
    @CallbackBodies.UssdHop
    @Post(uris = {"/", "/{+token}"})
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN})
    @Produces(MediaType.TEXT_PLAIN)
    HttpResponse<String> hop(
            HttpRequest<?> request, @Nullable @PathVariable("token") String token, @Nullable @Body String body) {
        try {
            guard.verify(request, token == null || token.isBlank() ? null : token, body);
        } catch (CallbackRejectedException rejected) {
            return HttpResponse.status(rejected.forbiddenSource() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED)
                    .contentType(MediaType.TEXT_PLAIN_TYPE)
                    .body("END " + rejected.getMessage());
        }
        UssdRequest hop;
        try {
            Map<String, String> form = FormBody.parse(body);
            hop = new UssdRequest(
                    form.get("sessionId"),
                    form.get("serviceCode"),
                    phones.parse(form.get("phoneNumber")),
                    form.get("networkCode"),
                    form.get("text"));
        } catch (DomainException | IllegalArgumentException invalid) {
            return HttpResponse.badRequest("END Invalid request: " + invalid.getMessage())
                    .contentType(MediaType.TEXT_PLAIN_TYPE);
        }
        return HttpResponse.ok(ussd.handle(hop)).contentType(MediaType.TEXT_PLAIN_TYPE);
    }
}
