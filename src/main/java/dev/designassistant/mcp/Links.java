package dev.designassistant.mcp;

/** Where a session's report is: on the HTTP API when the client reaches it, and always as an MCP resource. */
final class Links {

    static final String SCHEME = "designassistant://";

    private Links() {
    }

    static String reportResource(String sessionId) {
        return SCHEME + "sessions/" + sessionId + "/report";
    }

    static String report(Client client, String sessionId) {
        return client.apiBase().map(base -> base + "/api/sessions/" + sessionId + "/report")
                .orElse(reportResource(sessionId));
    }
}
