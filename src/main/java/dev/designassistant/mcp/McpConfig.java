package dev.designassistant.mcp;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The MCP server's settings ({@code assistant.mcp.*}). */
@ConfigMapping(prefix = "assistant.mcp")
public interface McpConfig {

    /** Whether the Streamable HTTP endpoint {@code /mcp} answers; stdio ({@code java -jar … mcp}) is always there. */
    @WithDefault("true")
    boolean httpEnabled();

    /**
     * The client that owns the sessions made over stdio. The default, {@code local}, is the client of the key file a
     * fresh install creates, so those sessions are also that key's over the HTTP API.
     */
    @WithDefault("local")
    String stdioClient();

    /**
     * The web origins (scheme://host[:port]) whose pages may call {@code /mcp}; a request with any other
     * {@code Origin} is 403, as the MCP specification asks against DNS rebinding. None by default: MCP clients that
     * are not web pages send no {@code Origin} and always pass.
     */
    java.util.Optional<java.util.List<String>> allowedOrigins();
}
