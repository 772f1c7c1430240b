package com.voicepact.adapter.in.web.openapi;

import com.voicepact.adapter.in.web.error.ErrorResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The providers' callback bodies and refusals, for the OpenAPI document. The controllers read each body as text (the
 * callback guard checks the raw body's signature first), so the generator sees only a string; the schemas named here
 * are the providers' own fields, in {@code src/main/openapi/beyond-the-generator.yml}.
 */
public final class CallbackBodies {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    private static final String SCHEMAS = "#/components/schemas/";

    private CallbackBodies() {}

    /** Africa's Talking's USSD hop: a form in, {@code CON ...}/{@code END ...} out as text, refusals too. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @RequestBody(content = @Content(mediaType = FORM, schema = @Schema(ref = SCHEMAS + "AtUssdForm")))
    @ApiResponse(
            responseCode = "200",
            description = "The next screen: CON ... (more to come) or END ... (session over)",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "401",
            description = "END and why: the callback token or signature is missing or wrong",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "403",
            description = "END and why: the source address is not allowed",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
    public @interface UssdHop {}

    /** Africa's Talking's incoming SMS. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @RequestBody(content = @Content(mediaType = FORM, schema = @Schema(ref = SCHEMAS + "AtSmsForm")))
    @Refusals
    public @interface IncomingSms {}

    /** Africa's Talking's SMS delivery report. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @RequestBody(content = @Content(mediaType = FORM, schema = @Schema(ref = SCHEMAS + "AtDeliveryReportForm")))
    @Refusals
    public @interface DeliveryReport {}

    /** Africa's Talking's voice call notification. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @RequestBody(content = @Content(mediaType = FORM, schema = @Schema(ref = SCHEMAS + "AtVoiceForm")))
    @Refusals
    public @interface VoiceNotification {}

    /** Africa's Talking's payment notification, as JSON or as a form. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @RequestBody(
            content = {
                @Content(mediaType = JSON, schema = @Schema(ref = SCHEMAS + "AtPaymentNotification")),
                @Content(mediaType = FORM, schema = @Schema(ref = SCHEMAS + "AtPaymentNotification"))
            })
    @Refusals
    public @interface PaymentNotification {}

    /** A callback's refusals in the JSON error shape. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.ANNOTATION_TYPE)
    @ApiResponse(
            responseCode = "401",
            description = "The callback token or signature is missing or wrong",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The source address is not allowed",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(
            responseCode = "503",
            description = "Handling failed on our side: the provider resends it (Retry-After)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @interface Refusals {}
}
