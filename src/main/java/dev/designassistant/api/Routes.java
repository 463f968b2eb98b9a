package dev.designassistant.api;

import dev.designassistant.catalog.Values;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's routes (every JAX-RS resource method: HTTP method, path, media types), read once from the resource
 * classes, and the problems of a request that reaches a path by the wrong method (405 with {@code Allow}) or with
 * media types the route does not take (415) or give (406): each says what the route does accept.
 */
@ApplicationScoped
public class Routes {

    /**
     * One resource method.
     *
     * @param method   GET, POST, ...
     * @param template the path as declared ({@code /api/sessions/{id}})
     * @param produces the media types it answers; empty when the method chooses itself (reports)
     * @param consumes the media types its body may have; empty when it takes no body
     */
    public record Route(String method, String template, Pattern path, List<String> produces, List<String> consumes) {

        boolean matches(String requestPath) {
            // the template's literal start first: every request is matched against every route, and this spares
            // most of them the regular expression
            int literal = template.indexOf('{');
            return requestPath.regionMatches(0, template, 0, literal < 0 ? template.length() : literal)
                    && path.matcher(requestPath).matches();
        }
    }

    private static final Pattern DOUBLE_SLASHES = Pattern.compile("/{2,}");
    private static final Pattern ENCODED_SLASH = Pattern.compile("%2[fF]");
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private final List<Route> routes;

    @Inject
    public Routes(BeanManager beans) {
        this(beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(Bean::getBeanClass)
                .filter(c -> c.isAnnotationPresent(Path.class)).distinct().toList());
    }

    Routes(List<Class<?>> resources) {
        List<Route> found = new ArrayList<>();
        resources.forEach(r -> found.addAll(routesOf(r)));
        this.routes = List.copyOf(found);
    }

    /** Every route. */
    public List<Route> all() {
        return routes;
    }

    /** The methods the path answers (with HEAD where GET is, and OPTIONS), empty when no route has the path. */
    public Set<String> allowed(String path) {
        Set<String> methods = new TreeSet<>();
        String normal = normal(path); // once per request, not once per route: every request passes here
        routes.stream().filter(r -> r.matches(normal)).forEach(r -> methods.add(r.method()));
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        if (!methods.isEmpty()) {
            methods.add(HttpMethod.OPTIONS);
        }
        return methods;
    }

    /** 405: the problem, with the {@code Allow} header HTTP requires. */
    public Response methodNotAllowed(String method, String path) {
        Set<String> allowed = allowed(path);
        String detail = allowed.isEmpty()
                ? "this resource does not answer " + method
                : method + " is not supported here; this resource answers " + String.join(", ", allowed);
        Response.ResponseBuilder response = Response.fromResponse(ProblemMapper.respond(
                Problem.of("http-405", "Method Not Allowed", 405, detail)));
        if (!allowed.isEmpty()) {
            response.header(HttpHeaders.ALLOW, String.join(", ", allowed));
        }
        return response.build();
    }

    /** 406: the problem names the media types the route answers (or, for a route that negotiates itself, why). */
    public Response notAcceptable(String method, String path, String accept, String reason) {
        List<String> produces = route(method, path).map(Route::produces).orElse(List.of());
        String detail = produces.isEmpty() && reason != null && !reason.isBlank()
                ? reason
                : "this endpoint answers " + oneOf(produces) + "; the request accepts only "
                + quoted(accept);
        return ProblemMapper.respond(Problem.of("http-406", "Not Acceptable", 406, detail));
    }

    /** 415: the problem names the media types the route takes. */
    public Response unsupportedMediaType(String method, String path, String contentType) {
        List<String> consumes = route(method, path).map(Route::consumes).orElse(List.of());
        String detail = consumes.isEmpty()
                ? "this endpoint takes no request body; the request's Content-Type was " + quoted(contentType)
                : "this endpoint takes " + oneOf(consumes) + "; the request's Content-Type was " + quoted(contentType);
        return ProblemMapper.respond(Problem.of("http-415", "Unsupported Media Type", 415, detail));
    }

    private java.util.Optional<Route> route(String method, String path) {
        String normal = normal(path);
        return routes.stream().filter(r -> r.method().equals(method) && r.matches(normal)).findFirst();
    }

    private static List<Route> routesOf(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        List<Route> routes = new ArrayList<>();
        for (Method m : resource.getMethods()) {
            String method = httpMethod(m);
            if (method == null) {
                continue;
            }
            Path sub = m.getAnnotation(Path.class);
            String template = join(base, sub == null ? "" : sub.value());
            Produces produces = m.isAnnotationPresent(Produces.class) ? m.getAnnotation(Produces.class)
                    : resource.getAnnotation(Produces.class);
            Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class)
                    : resource.getAnnotation(Consumes.class);
            boolean takesBody = HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method)
                    || HttpMethod.PATCH.equals(method);
            routes.add(new Route(method, template, pattern(template),
                    produces == null ? List.of() : Arrays.asList(produces.value()),
                    consumes == null || !takesBody ? List.of() : Arrays.asList(consumes.value())));
        }
        return routes;
    }

    private static String httpMethod(Method m) {
        return Arrays.stream(m.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/{2,}", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The template as a regular expression: a parameter matches one segment, or its own expression. */
    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int at = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(at, parameter.start())));
            regex.append(parameter.group(2) != null ? "(?:" + parameter.group(2) + ")" : "[^/]+");
            at = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        return Pattern.compile(regex + "/?");
    }

    /**
     * The path as the routes see it: doubled slashes as one, percent-escapes decoded but for an encoded slash
     * ({@code %2F}), which is a character of its segment and never a separator.
     */
    private static String normal(String path) {
        String normal = "/" + (path.indexOf('%') < 0 ? path : decodeAllButSlash(path));
        return normal.contains("//") ? DOUBLE_SLASHES.matcher(normal).replaceAll("/") : normal;
    }

    private static String decodeAllButSlash(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int from = 0;
        Matcher slash = ENCODED_SLASH.matcher(raw);
        while (slash.find()) {
            out.append(decode(raw.substring(from, slash.start()))).append("%2F");
            from = slash.end();
        }
        return out.append(decode(raw.substring(from))).toString();
    }

    private static String decode(String raw) {
        try {
            return java.net.URLDecoder.decode(raw.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    private static String oneOf(List<String> types) {
        return types.size() == 1 ? types.getFirst()
                : String.join(", ", types.subList(0, types.size() - 1)) + " or " + types.getLast();
    }

    private static String quoted(String value) {
        return value == null || value.isBlank() ? "(none)" : "'" + Values.abbreviate(value) + "'";
    }
}
