package dev.designassistant.api;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The checks every REST request passes before its endpoint (after the API key): a malformed {@code Accept} is a 400
 * naming it and an empty one means no preference; a method the path does not have is a 405 with {@code Allow},
 * whichever class holds the path's other methods; OPTIONS lists the path's methods; and an endpoint whose every
 * media type the client refuses ({@code application/json;q=0}) is a 406.
 */
public class RequestScreen {

    private final Routes routes;

    public RequestScreen(Routes routes) {
        this.routes = routes;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 10)
    public Optional<Response> beforeMatching(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.isBlank()) {
            request.getHeaders().remove(HttpHeaders.ACCEPT);
        } else {
            AcceptHeader.parse(accept); // throws when malformed
        }
        Set<String> allowed = routes.allowed(request.getUriInfo().getRequestUri().getRawPath()); // %2F stays in its segment
        if (allowed.isEmpty()) {
            return Optional.empty(); // not a REST path: 404, or another layer's
        }
        if ("OPTIONS".equals(request.getMethod())) {
            return Optional.of(Response.noContent().header(HttpHeaders.ALLOW, String.join(", ", allowed)).build());
        }
        if (!allowed.contains(request.getMethod())) {
            throw new NotAllowedException(String.join(", ", allowed), new String[0]); // Routes words the 405
        }
        return Optional.empty();
    }

    @ServerRequestFilter(priority = Priorities.USER + 10)
    public void afterMatching(ContainerRequestContext request, ResourceInfo resource) {
        Produces produces = resource.getResourceMethod() == null ? null
                : Optional.ofNullable(resource.getResourceMethod().getAnnotation(Produces.class))
                .orElse(resource.getResourceClass().getAnnotation(Produces.class));
        if (produces == null) {
            return; // the endpoint negotiates itself (the report)
        }
        AcceptHeader accept = AcceptHeader.parse(request.getHeaderString(HttpHeaders.ACCEPT));
        boolean anyAccepted = Arrays.stream(produces.value())
                .flatMap(p -> Arrays.stream(p.split(",")))
                .map(p -> p.split(";")[0].strip())
                .anyMatch(type -> accept.quality(type) > 0);
        if (!anyAccepted) {
            throw new NotAcceptableException("the endpoint answers " + String.join(", ", produces.value())
                    + ", which the Accept header refuses");
        }
    }
}
