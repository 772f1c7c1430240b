package com.voicepact.adapter.in.web.console;

import com.voicepact.adapter.in.web.openapi.Unauthenticated;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The operator console's page: static HTML, CSS and scripts from this jar (no CDN, no build step), read once. Only
 * the files listed are served. The page may load nothing from elsewhere and may not be framed (Content-Security-Policy).
 */
@Controller("/console")
final class ConsolePageController {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final Map<String, String> FILES = Map.of(
            "index.html", MediaType.TEXT_HTML + ";charset=utf-8",
            "console.css", "text/css;charset=utf-8",
            "console.js", "text/javascript;charset=utf-8",
            "views.js", "text/javascript;charset=utf-8",
            "i18n.js", "text/javascript;charset=utf-8");
    private final Map<String, byte[]> contents;

    ConsolePageController() {
        this.contents = Map.copyOf(FILES.keySet().stream()
                .collect(java.util.stream.Collectors.toMap(name -> name, ConsolePageController::read)));
    }

    private static byte[] read(String name) {
        try (InputStream in = ConsolePageController.class.getResourceAsStream("/console/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the console's " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code /console} and {@code /console/} alike (the page links its files by absolute paths). */
    @Get
    @Unauthenticated
    HttpResponse<?> index() {
        return file("index.html");
    }

    @Get("/{name}")
    @Unauthenticated
    HttpResponse<?> file(@PathVariable String name) {
        byte[] body = contents.get(name);
        if (body == null) {
            return HttpResponse.status(HttpStatus.NOT_FOUND);
        }
        MutableHttpResponse<byte[]> response = HttpResponse.ok(body)
                .contentType(FILES.get(name))
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache");
        return response;
    }
}
