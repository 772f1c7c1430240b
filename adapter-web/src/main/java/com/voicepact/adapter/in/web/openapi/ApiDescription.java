package com.voicepact.adapter.in.web.openapi;

import com.voicepact.adapter.in.web.security.ConsoleCookie;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * What the OpenAPI generator (Micronaut OpenAPI, at compile time) cannot read from the controllers: the title, the build's
 * version, and the operator key every {@code /api/v1} and {@code /management} endpoint needs unless it is marked
 * {@link ProviderCallback} or {@link Unauthenticated}, or the console's session cookie instead. The document is served at {@code /swagger/voicepact.json} and browsed at
 * {@code /swagger-ui/}.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "VoicePact",
                        version = "${voicepact.version}",
                        description =
                                "Voice-negotiated contracts with escrowed payments over SMS, USSD and M-Pesa. Operator"
                                        + " endpoints need the X-API-Key header; provider callbacks are authenticated by source address,"
                                        + " callback token and signature instead (docs/configuration.md). Every error answers the same"
                                        + " JSON shape (ErrorResponse): status, error, reason and detail.",
                        license = @License(name = "See the repository")),
        security = {
            @SecurityRequirement(name = ApiDescription.OPERATOR_KEY),
            @SecurityRequirement(name = ApiDescription.CONSOLE_SESSION)
        })
@SecurityScheme(
        name = ApiDescription.CONSOLE_SESSION,
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.COOKIE,
        paramName = ConsoleCookie.NAME,
        description = "The operator console's session (POST /console/session signs in with an operator key); a request"
                + " that changes something also sends the session's CSRF token in X-CSRF-Token (docs/console.md)")
@SecurityScheme(
        name = ApiDescription.OPERATOR_KEY,
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        paramName = "X-API-Key",
        description =
                "An operator key: VOICEPACT_API_KEYS holds their SHA-256 digests; the embedded default makes one at"
                        + " first start and prints it")
final class ApiDescription {

    /** The security scheme's name in the document. */
    static final String OPERATOR_KEY = "operatorKey";

    /** The console session's scheme: the same endpoints, signed in through the console instead of a header. */
    static final String CONSOLE_SESSION = "consoleSession";

    private ApiDescription() {}
}
