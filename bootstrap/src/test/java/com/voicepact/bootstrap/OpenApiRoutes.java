package com.voicepact.bootstrap;

import com.voicepact.adapter.in.web.callback.CallbackPaths;
import io.micronaut.context.ApplicationContext;
import io.micronaut.web.router.Router;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The operations a running service really serves (its {@link Router}'s routes) and those its OpenAPI document describes,
 * each as {@code "METHOD /path"} with path variables written {@code {name}}, so that the two sets compare.
 */
final class OpenApiRoutes {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiRoutes() {}

    /** Every route of the running service's router: its controllers and Micronaut's management endpoints. */
    static Set<String> served(ApplicationContext service) {
        return service.getBean(Router.class)
                .uriRoutes()
                .map(route -> route.getHttpMethodName() + " "
                        + path(route.getUriMatchTemplate().toString()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every operation under the document's {@code paths}. */
    @SuppressWarnings("unchecked")
    static Set<String> documented(Map<String, Object> document) {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream()
                .filter(METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path(path))));
        return operations;
    }

    /**
     * The operations served but not documented. Micronaut answers {@code HEAD} wherever it answers {@code GET} (a route
     * of its own), which OpenAPI documents by the {@code GET} alone.
     */
    static Set<String> undocumented(Set<String> served, Map<String, Object> document) {
        Set<String> documented = documented(document);
        Set<String> missing = new TreeSet<>(served);
        missing.removeIf(route -> documented.contains(route)
                || route.startsWith("HEAD ") && documented.contains("GET " + route.substring("HEAD ".length())));
        return missing;
    }

    /** The documented operations the service does not serve. */
    static Set<String> stale(Set<String> served, Map<String, Object> document) {
        Set<String> stale = documented(document);
        stale.removeAll(served);
        return stale;
    }

    /**
     * The documented operations whose security requirement is not what the operator filter does: an operator key
     * ({@code operatorKey}) under {@code /api/v1} and {@code /management} except the provider callbacks, none elsewhere.
     */
    @SuppressWarnings("unchecked")
    static Set<String> misdescribedSecurity(Map<String, Object> document) {
        Object global = document.get("security");
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        Set<String> wrong = new TreeSet<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Object security = operation.getOrDefault("security", global);
            boolean documentedAsOperator = String.valueOf(security).contains("operatorKey");
            boolean operator =
                    (path.startsWith("/api/v1/") || path.startsWith("/management/")) && !CallbackPaths.isCallback(path);
            if (documentedAsOperator != operator) {
                wrong.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path + " documented with " + security);
            }
        }));
        return wrong;
    }

    /**
     * A URI template as a comparable path: {@code {+path}} (a variable spanning several segments, which OpenAPI writes
     * {@code {path}}) and {@code {id:[0-9]+}} become {@code {path}} and {@code {id}}; a query template ({@code {?a,b}})
     * is dropped, and so is a trailing slash.
     */
    static String path(String template) {
        String path = template.replaceAll("\\{\\?[^}]*}", "")
                .replaceAll("\\{\\+([^}:]+)(:[^}]*)?}", "{$1}")
                .replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
