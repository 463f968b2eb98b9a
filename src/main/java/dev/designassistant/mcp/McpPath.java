package dev.designassistant.mcp;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /mcp} as clients write it: the servlet context is {@code /mcp} (so that no other path reaches the servlet
 * container), whose root Undertow only serves as {@code /mcp/}; a request for {@code /mcp} is routed there directly
 * instead of being redirected, which MCP clients do not follow for a POST.
 */
@ApplicationScoped
public class McpPath {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            if (McpServlet.PATH.equals(ctx.request().path())) {
                ctx.reroute(McpServlet.PATH + "/");
            } else {
                ctx.next();
            }
        });
    }
}
