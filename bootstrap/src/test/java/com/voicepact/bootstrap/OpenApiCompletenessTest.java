package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the service serves describes every route its router really serves (controllers of every module,
 * management endpoints), and the Swagger UI that shows it is served by the service itself, with nothing from a CDN.
 */
class OpenApiCompletenessTest {

    private static Path dataDir;
    private static ApplicationContext service;
    private static URI base;
    private static Map<String, Object> document;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("voicepact-openapi");
        service = Application.start(
                Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0"),
                Map.of("micronaut.server.port", -1));
        base = service.getBean(EmbeddedServer.class).getURI();
        HttpResponse<String> answer = Http.get(base, "/swagger/voicepact.json", null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        document = Eventually.json(service, answer.body());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void givenTheRunningService_whenItsRoutesAreComparedWithTheDocument_thenEveryRouteIsDocumented() {
        assertThat(OpenApiRoutes.served(service)).contains("POST /api/v1/contracts/create", "GET /management/health");
        assertThat(OpenApiRoutes.undocumented(OpenApiRoutes.served(service), document))
                .isEmpty();
    }

    @Test
    void givenTheDocument_whenRead_thenItDescribesNoOperationTheServiceDoesNotServe() {
        assertThat(OpenApiRoutes.stale(OpenApiRoutes.served(service), document)).isEmpty();
    }

    @Test
    void givenTheDocument_whenRead_thenOperatorEndpointsAndOnlyThemAskForTheOperatorKey() {
        assertThat(OpenApiRoutes.misdescribedSecurity(document)).isEmpty();
        assertThat(document.get("components").toString()).contains("X-API-Key");
    }

    /** The hand-written parts (src/main/openapi, the callback bodies' annotations) name only schemas that exist. */
    @Test
    void givenTheDocument_whenRead_thenEveryReferenceResolves() {
        Matcher refs = Pattern.compile("\\$ref=#/([^,}\\]]+)").matcher(document.toString());
        List<String> dangling = refs.results()
                .map(ref -> ref.group(1))
                .filter(ref -> resolve(ref.split("/")) == null)
                .toList();
        assertThat(refs.reset().results().count()).isGreaterThan(20);
        assertThat(dangling).isEmpty();
    }

    private static Object resolve(String... path) {
        Object node = document;
        for (String key : path) {
            node = node instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return node;
    }

    @Test
    void givenTheDocument_whenRead_thenItCarriesTheBuildsVersion() {
        assertThat(((Map<?, ?>) document.get("info")).get("version"))
                .isEqualTo(
                        service.getProperty("voicepact.version", String.class).orElseThrow());
    }

    @Test
    void givenSwaggerUi_whenOpenedWithoutAKey_thenThePageAndItsScriptsComeFromTheServiceAndNoCdn() {
        HttpResponse<String> page = Http.get(base, "/swagger-ui/index.html", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/swagger/voicepact.json", "/swagger-ui/res/swagger-ui-bundle.js");
        Matcher urls = Pattern.compile("https?://[^\\s\"'<>)]+").matcher(page.body());
        assertThat(urls.results().map(MatchResult::group)).isEmpty();
        for (String asset : List.of("swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css")) {
            HttpResponse<String> answer = Http.get(base, "/swagger-ui/res/" + asset, null);
            assertThat(answer.statusCode()).as(asset).isEqualTo(200);
            assertThat(answer.body()).as(asset).hasSizeGreaterThan(10_000);
        }
    }
}
