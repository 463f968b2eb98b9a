package dev.designassistant.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which methods each path of the REST API has, read from the resource classes' own annotations: a wrong method on a
 * path that exists is a 405 naming them (RESTEasy answers 404 when the path's methods are spread over several
 * classes), and OPTIONS lists them all.
 */
@ApplicationScoped
public class ResourceMethods {

    private record Endpoint(Pattern path, String method) {
    }

    private final List<Endpoint> endpoints = new ArrayList<>();

    public ResourceMethods(BeanManager beans) {
        beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(bean -> bean.getBeanClass())
                .filter(type -> type.isAnnotationPresent(Path.class))
                .distinct()
                .forEach(this::add);
    }

    /** The methods the path has, HEAD and OPTIONS included; empty when no endpoint has the path. */
    public Set<String> allowed(String path) {
        String normal = path.replaceAll("/{2,}", "/");
        String trimmed = normal.length() > 1 && normal.endsWith("/") ? normal.substring(0, normal.length() - 1) : normal;
        Set<String> methods = new TreeSet<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.path().matcher(trimmed).matches()) {
                methods.add(endpoint.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return methods;
    }

    /** The Allow header's value for those methods. */
    public static String allowHeader(Set<String> methods) {
        return String.join(", ", methods);
    }

    private void add(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        for (Method method : resource.getMethods()) {
            String verb = httpMethod(method);
            if (verb != null) {
                Path sub = method.getAnnotation(Path.class);
                endpoints.add(new Endpoint(template(base + (sub == null ? "" : "/" + sub.value())), verb));
            }
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** A {@code @Path} template as a pattern: each {@code {name}} (or {@code {name: regex}}) stands for one segment. */
    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            regex.append('/');
            regex.append(segment.startsWith("{") && segment.endsWith("}") ? "[^/]+" : Pattern.quote(segment));
        }
        return Pattern.compile(regex.isEmpty() ? "/" : regex.toString());
    }
}
