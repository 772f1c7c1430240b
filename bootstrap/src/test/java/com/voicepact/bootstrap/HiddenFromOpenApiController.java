package com.voicepact.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * A deliberately undocumented controller (hidden from OpenAPI, and outside the module the generator reads): with it
 * the service serves routes the document lacks. Only on with {@value #SWITCH} (OpenApiCompletenessCanFailTest).
 */
@Hidden
@Controller("/api/v1/undocumented")
@Requires(property = HiddenFromOpenApiController.SWITCH, value = "true")
class HiddenFromOpenApiController {

    static final String SWITCH = "voicepact.test.undocumented-controller";

    @Get("/{id}")
    String read(String id) {
        return id;
    }

    @Post
    String write() {
        return "written";
    }
}
