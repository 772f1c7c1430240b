package com.voicepact.adapter.in.web.openapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks, for the OpenAPI document, an operation of the console's own session ({@code /console/session}): it reads the
 * session cookie, never an operator key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Operation(security = @SecurityRequirement(name = ApiDescription.CONSOLE_SESSION))
public @interface ConsoleSessionOnly {}
