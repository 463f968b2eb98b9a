package dev.designassistant.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A request no route serves gets the API's 404 problem+json. The REST layer passes the paths it does not know on to
 * the servlet container (there since the MCP endpoint is a servlet): what the container does not serve either (a
 * servlet's path or a static file) is answered here, instead of with Undertow's HTML page.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true) // the MCP transport answers asynchronously
public class UnknownPath extends HttpFilter {

    /** The paths of the container's own servlets. */
    private static final Set<String> SERVLETS = Set.of("/mcp");

    private final transient byte[] problem;

    public UnknownPath(ObjectMapper json) throws JsonProcessingException {
        this.problem = json.writeValueAsString(Problem.of("http-404", "Not Found", 404, "Not Found"))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (SERVLETS.contains(path) || isFile(request, path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(problem);
    }

    private static boolean isFile(HttpServletRequest request, String path) {
        try {
            return !path.endsWith("/") && request.getServletContext().getResource(path) != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }
}
