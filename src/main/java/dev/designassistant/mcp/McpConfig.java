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
}
