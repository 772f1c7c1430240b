package com.voicepact.adapter.in.web.error;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteMatch;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A path that is a literal route of another method is answered 405 with {@code Allow}, even when a
 * route with a path variable of this method would also match it: {@code GET /api/v1/contracts/create}
 * is "use POST", not "contract id 'CREATE' is malformed"; the same for {@code /payments/checkout},
 * {@code /payments/release} and every such pair, present or future.
 */
@ServerFilter("/**")
final class LiteralPathMethodFilter {

    private final Router router;

    LiteralPathMethodFilter(Router router) {
        this.router = router;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> literalPathOfAnotherMethod(HttpRequest<?> request) {
        List<UriRouteMatch<Object, Object>> matches =
                router.findAny(request.getPath(), request).toList();
        HttpMethod method = request.getMethod();
        boolean literalForThisMethod = matches.stream().anyMatch(m -> m.getHttpMethod() == method && isLiteral(m));
        List<String> literalOthers = matches.stream()
                .filter(m -> m.getHttpMethod() != method && isLiteral(m))
                .map(m -> m.getHttpMethod().name())
                .distinct()
                .sorted()
                .toList();
        if (literalForThisMethod || literalOthers.isEmpty()) {
            return null;
        }
        String allowed = literalOthers.stream().collect(Collectors.joining(", "));
        return ApiErrors.of(
                        HttpStatus.METHOD_NOT_ALLOWED,
                        method + " is not allowed at " + request.getPath() + "; use " + allowed)
                .header("Allow", allowed);
    }

    private static boolean isLiteral(UriRouteMatch<Object, Object> match) {
        return match.getRouteInfo().getUriMatchTemplate().getVariableNames().isEmpty();
    }
}
