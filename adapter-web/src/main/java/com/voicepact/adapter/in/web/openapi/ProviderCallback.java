package com.voicepact.adapter.in.web.openapi;

import com.voicepact.adapter.in.web.error.ErrorResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a provider callback for the OpenAPI document: no operator key (the callback guard checks the source address,
 * the callback token and the signature), tagged "Provider callbacks", refusals answered 401 or 403.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Operation(security = {})
@Tag(name = "Provider callbacks", description = "Called by Africa's Talking and M-Pesa, not by operators")
@ApiResponse(
        responseCode = "401",
        description = "The callback token or signature is missing or wrong",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
@ApiResponse(
        responseCode = "403",
        description = "The source address is not in the allowlist",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
public @interface ProviderCallback {}
