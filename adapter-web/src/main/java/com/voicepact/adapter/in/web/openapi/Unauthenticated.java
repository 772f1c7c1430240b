package com.voicepact.adapter.in.web.openapi;

import io.swagger.v3.oas.annotations.Operation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks, for the OpenAPI document, an operation open to anyone (outside {@code /api/v1} and {@code /management}, where
 * the operator filter does not look): no operator key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Operation(security = {})
public @interface Unauthenticated {}
