package com.voicepact.adapter.in.web.openapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a provider callback for the OpenAPI document: no operator key (the callback guard checks the source address,
 * the callback token and the signature), tagged "Provider callbacks". Its body and refusals: {@link CallbackBodies}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Operation(security = {})
@Tag(name = "Provider callbacks", description = "Called by Africa's Talking and M-Pesa, not by operators")
public @interface ProviderCallback {}
