package com.voicepact.adapter.in.web.openapi;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operator requests a controller reads field by field from a JSON node (so that each refusal names its field), for
 * the OpenAPI document: the generator sees only the node. Their schemas are in
 * {@code src/main/openapi/beyond-the-generator.yml}.
 */
public final class OperatorBodies {

    private static final String JSON = "application/json";
    private static final String SCHEMAS = "#/components/schemas/";

    private OperatorBodies() {}

    /** {@code {phoneNumber, message}}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @RequestBody(
            required = true,
            content = @Content(mediaType = JSON, schema = @Schema(ref = SCHEMAS + "SmsSendRequest")))
    public @interface SmsSend {}

    /** {@code {recipients: [...], message}}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @RequestBody(
            required = true,
            content = @Content(mediaType = JSON, schema = @Schema(ref = SCHEMAS + "SmsBulkRequest")))
    public @interface SmsBulk {}

    /** {@code {contract_id, recipients?}}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @RequestBody(
            required = true,
            content = @Content(mediaType = JSON, schema = @Schema(ref = SCHEMAS + "SmsContractRequest")))
    public @interface SmsContract {}

    /** {@code {parties: [...], contract_type?}}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @RequestBody(
            required = true,
            content = @Content(mediaType = JSON, schema = @Schema(ref = SCHEMAS + "VoiceConferenceRequest")))
    public @interface VoiceConference {}

    /** {@code {audio_url, parties: [...], contract_type?}}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @RequestBody(
            required = true,
            content = @Content(mediaType = JSON, schema = @Schema(ref = SCHEMAS + "VoiceProcessRequest")))
    public @interface VoiceProcess {}
}
