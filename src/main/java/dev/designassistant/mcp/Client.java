package dev.designassistant.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpSyncServerExchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who is on the other end of an MCP session: the client that owns the sessions it makes, and where this service's
 * HTTP API is for it (the base of report URLs; absent over stdio, whose HTTP port is nobody's business).
 * Over HTTP each request's transport context carries it; over stdio it is the one configured client.
 */
public record Client(String owner, Optional<String> apiBase) {

    private static final String KEY = Client.class.getName();

    /** The transport context that carries this client to the handlers. */
    public McpTransportContext context() {
        return context(null);
    }

    /** The same, with the cursor of the list request this HTTP request makes (see {@link Listings}), if any. */
    McpTransportContext context(String listCursor) {
        Map<String, Object> values = new HashMap<>();
        values.put(KEY, this);
        if (listCursor != null) {
            values.put(Listings.CURSOR, listCursor);
        }
        return McpTransportContext.create(values);
    }

    /** The client an HTTP exchange's transport context carries. */
    static Client fromContext(McpSyncServerExchange exchange) {
        return from(exchange.transportContext());
    }

    /** The client a transport context carries. */
    static Client from(McpTransportContext context) {
        Object client = context.get(KEY);
        if (client instanceof Client known) {
            return known;
        }
        throw new IllegalStateException("the MCP transport did not say who the client is");
    }
}
