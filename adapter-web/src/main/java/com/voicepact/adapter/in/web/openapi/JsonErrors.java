package com.voicepact.adapter.in.web.openapi;

import com.voicepact.adapter.in.web.error.ErrorResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells the OpenAPI document what a controller's refusals look like, which the generator cannot see (the error mapping
 * and the operator filter write them, not the methods): the JSON {@link ErrorResponse}, for a missing or wrong operator
 * key (401), any other refusal (4XX: the reason says what to change) and a failure on our side or a provider's (5XX).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApiResponse(
        responseCode = "401",
        description = "The X-API-Key header is missing or holds no operator key",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
@ApiResponse(
        responseCode = "4XX",
        description = "Refused: the reason says what is wrong with the request, in the caller's terms",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
@ApiResponse(
        responseCode = "5XX",
        description = "Our side or a provider failed; nothing was changed unless the reason says otherwise",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
public @interface JsonErrors {}
