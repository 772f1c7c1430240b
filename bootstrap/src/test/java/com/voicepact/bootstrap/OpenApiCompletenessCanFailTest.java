package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completeness check of {@link OpenApiCompletenessTest} is not one that cannot fail: a controller the document does
 * not describe ({@link HiddenFromOpenApiController}) is reported, each of its routes.
 */
class OpenApiCompletenessCanFailTest {

    @TempDir
    Path dataDir;

    @Test
    void givenTemplatesAsMicronautWritesThem_whenCompared_thenTheyReadAsOpenApiPaths() {
        assertThat(OpenApiRoutes.path("/api/v1/payments/callbacks/{+path}"))
                .isEqualTo("/api/v1/payments/callbacks/{path}");
        assertThat(OpenApiRoutes.path("/api/v1/contracts{?limit,offset}")).isEqualTo("/api/v1/contracts");
        assertThat(OpenApiRoutes.path("/api/v1/ussd/")).isEqualTo("/api/v1/ussd");
        assertThat(OpenApiRoutes.path("/")).isEqualTo("/");
    }

    @Test
    void givenAControllerHiddenFromOpenApi_whenRoutesAreCompared_thenItsRoutesAreReportedUndocumented()
            throws Exception {
        try (ApplicationContext service = Application.start(
                Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0"),
                Map.of("micronaut.server.port", -1, HiddenFromOpenApiController.SWITCH, "true"))) {
            String body = Http.get(service.getBean(EmbeddedServer.class).getURI(), "/swagger/voicepact.json", null)
                    .body();
            Map<String, Object> document = Eventually.json(service, body);

            assertThat(OpenApiRoutes.undocumented(OpenApiRoutes.served(service), document))
                    .containsExactlyInAnyOrder(
                            "GET /api/v1/undocumented/{id}",
                            "HEAD /api/v1/undocumented/{id}",
                            "POST /api/v1/undocumented");
        }
    }

    @Test
    void givenAnOperationTheServiceDoesNotServe_whenTheDocumentIsChecked_thenItIsReportedStale() {
        Map<String, Object> document = Map.of(
                "paths",
                Map.of(
                        "/api/v1/contracts/{id}", Map.of("get", Map.of()),
                        "/api/v1/contracts/{id}/archive", Map.of("post", Map.of())));

        assertThat(OpenApiRoutes.stale(Set.of("GET /api/v1/contracts/{id}"), document))
                .containsExactly("POST /api/v1/contracts/{id}/archive");
    }

    @Test
    void givenACallbackDocumentedWithTheOperatorKey_whenChecked_thenItsSecurityIsReportedWrong() {
        Map<String, Object> document = Map.of(
                "paths",
                Map.of(
                        "/api/v1/ussd", Map.of("post", Map.of()),
                        "/health", Map.of("get", Map.of("security", List.of()))),
                "security",
                List.of(Map.of("operatorKey", List.of())));

        assertThat(OpenApiRoutes.misdescribedSecurity(document))
                .containsExactly("POST /api/v1/ussd documented with [{operatorKey=[]}]");
    }
}
