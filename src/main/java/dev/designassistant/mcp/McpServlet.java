package dev.designassistant.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.api.ApiKeyFilter;
import dev.designassistant.api.ApiKeys;
import dev.designassistant.api.Problem;
import dev.designassistant.session.Owner;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.HttpHeaders;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /mcp}: the MCP server over Streamable HTTP (the SDK's servlet transport), behind the HTTP API's API keys.
 * Before the SDK sees a request, this servlet checks what the MCP specification asks of the transport:
 * <ul>
 *     <li>an {@code Origin} not on {@code assistant.mcp.allowed-origins} is 403 (a web page's DNS-rebinding attempt);
 *     a request without one (every non-browser client) passes;</li>
 *     <li>without a valid {@code Authorization: Bearer} key: the API's 401 problem;</li>
 *     <li>an {@code MCP-Protocol-Version} this server does not speak is 400;</li>
 *     <li>a session belongs to the key that opened it: with any other key its id is an unknown session (404) on
 *     POST, GET and DELETE alike;</li>
 *     <li>every message passes {@link JsonRpcScreen}, so a malformed one gets one JSON-RPC error object for its id,
 *     never an empty stream or a serialised exception.</li>
 * </ul>
 */
@WebServlet(urlPatterns = McpServlet.PATH, asyncSupported = true)
public class McpServlet extends HttpServlet {

    static final String PATH = "/mcp";
    private static final String BEARER = "Bearer ";
    private static final String CLIENT = Client.class.getName();
    private static final int MAX_REQUEST_BYTES = 1024 * 1024;

    private final transient ApiKeys keys;
    private final transient McpConfig config;
    private final transient HttpServletStreamableServerTransportProvider transport;
    private final transient McpSyncServer server;
    private final transient ObjectMapper json;
    private final transient List<String> protocolVersions;
    /** Which client opened each live session. */
    private final transient Map<String, String> sessionOwners = new ConcurrentHashMap<>();

    public McpServlet(ApiKeys keys, McpConfig config, McpServers servers, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
        this.config = config;
        this.transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpServers.JSON)
                .mcpEndpoint(PATH)
                .maxRequestSize(MAX_REQUEST_BYTES)
                .contextExtractor(request -> ((Client) request.getAttribute(CLIENT))
                        .context((String) request.getAttribute(Listings.CURSOR)))
                .build();
        this.protocolVersions = transport.protocolVersions();
        this.server = servers.serve(transport);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!config.httpEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !config.allowedOrigins().orElse(List.of()).contains(origin)) {
            problem(response, Problem.of("forbidden-origin", "Forbidden", 403, "requests from the web origin '"
                    + origin + "' are not allowed here (assistant.mcp.allowed-origins); MCP clients that are not web "
                    + "pages send no Origin"));
            return;
        }
        Optional<String> owner = owner(request);
        if (owner.isEmpty()) {
            unauthorized(request, response);
            return;
        }
        String version = request.getHeader(HttpHeaders.PROTOCOL_VERSION);
        if (version != null && !protocolVersions.contains(version)) {
            error(response, 400, null, McpSchema.ErrorCodes.INVALID_REQUEST, "unsupported " + HttpHeaders.PROTOCOL_VERSION
                    + " '" + version + "'; this server speaks " + String.join(", ", protocolVersions));
            return;
        }
        request.setAttribute(CLIENT, new Client(owner.get(), Optional.of(apiBase(request))));
        switch (request.getMethod()) {
            case "POST" -> post(request, response, owner.get());
            case "GET", "DELETE" -> sessionRequest(request, response, owner.get());
            default -> {
                response.setHeader("Allow", "GET, POST, DELETE");
                error(response, 405, null, McpSchema.ErrorCodes.INVALID_REQUEST,
                        request.getMethod() + " is not supported here; " + PATH + " answers GET, POST and DELETE");
            }
        }
    }

    private void post(HttpServletRequest request, HttpServletResponse response, String owner)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        if (body.length > MAX_REQUEST_BYTES) {
            error(response, 413, null, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "the message is larger than " + MAX_REQUEST_BYTES + " bytes");
            return;
        }
        JsonRpcScreen.Verdict verdict = utf8(body).map(JsonRpcScreen::screen).orElseGet(() -> new JsonRpcScreen.Answer(
                null, McpSchema.ErrorCodes.PARSE_ERROR, "the message is not valid UTF-8"));
        switch (verdict) {
            case JsonRpcScreen.Answer answer -> error(response,
                    answer.code() == McpSchema.ErrorCodes.INVALID_PARAMS ? 200 : 400, answer);
            case JsonRpcScreen.Ignore ignored -> response.setStatus(HttpServletResponse.SC_ACCEPTED);
            case JsonRpcScreen.Pass pass -> {
                boolean initialize = pass.isRequest() && McpSchema.METHOD_INITIALIZE.equals(pass.method());
                String accept = Optional.ofNullable(request.getHeader("Accept")).orElse("");
                if (!accept.contains("application/json") || !accept.contains("text/event-stream")) {
                    error(response, 406, pass.message().get("id"), McpSchema.ErrorCodes.INVALID_REQUEST,
                            "a POST to " + PATH + " must accept both application/json and text/event-stream");
                } else if (initialize) {
                    transport.service(new Body(request, body), new SessionRecorder(response, owner));
                } else if (ownSession(request, response, owner, pass.message().get("id"))) {
                    noteListCursor(request, pass.message());
                    transport.service(new Body(request, body), response);
                }
            }
        }
    }

    /** The cursor of a list request, for this server's answer to it (Listings): the SDK's hides it from us. */
    private static void noteListCursor(HttpServletRequest request, com.fasterxml.jackson.databind.JsonNode message) {
        com.fasterxml.jackson.databind.JsonNode cursor = message.path("params").path("cursor");
        if (Listings.METHODS.contains(message.path("method").asText()) && !cursor.isMissingNode() && !cursor.isNull()) {
            request.setAttribute(Listings.CURSOR, cursor.isTextual() ? cursor.asText() : cursor.toString());
        }
    }

    private void sessionRequest(HttpServletRequest request, HttpServletResponse response, String owner)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod())
                && !Optional.ofNullable(request.getHeader("Accept")).orElse("").contains("text/event-stream")) {
            error(response, 406, null, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "GET " + PATH + " opens an event stream: it must accept text/event-stream");
            return;
        }
        if (ownSession(request, response, owner, null)) {
            transport.service(request, response);
            if ("DELETE".equals(request.getMethod()) && response.getStatus() < 300) {
                sessionOwners.remove(request.getHeader(HttpHeaders.MCP_SESSION_ID));
            }
        }
    }

    /** Whether the request names a session of its own client; if not, it has been answered (400 or 404). */
    private boolean ownSession(HttpServletRequest request, HttpServletResponse response, String owner,
                               JsonNode id) throws IOException {
        String session = request.getHeader(HttpHeaders.MCP_SESSION_ID);
        if (session == null || session.isBlank()) {
            error(response, 400, id, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "the " + HttpHeaders.MCP_SESSION_ID + " header is missing: send initialize first and then the "
                            + "session id it answered with");
            return false;
        }
        if (!owner.equals(sessionOwners.get(session))) {
            error(response, 404, id, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "unknown MCP session: it ended, or it never existed; send initialize for a new one");
            return false;
        }
        return true;
    }

    private Optional<String> owner(HttpServletRequest request) {
        if (!keys.enabled()) {
            return Optional.of(Owner.ANONYMOUS);
        }
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? keys.clientOf(header.substring(BEARER.length()).strip())
                : Optional.empty();
    }

    /** The HTTP API's 401: the same problem+json as {@code /api/*} gives. */
    private void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        problem(response, ApiKeyFilter.unauthorized(request.getHeader("Authorization") != null));
    }

    private void problem(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static void error(HttpServletResponse response, int status, JsonNode id,
                              int code, String message) throws IOException {
        error(response, status, new JsonRpcScreen.Answer(id, code, message));
    }

    /** A JSON-RPC error object as the whole answer. */
    private static void error(HttpServletResponse response, int status, JsonRpcScreen.Answer answer)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(answer.json().getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> utf8(byte[] body) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Where this request reached the service: the base of the report URLs the tools return. */
    private static String apiBase(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }

    @Override
    public void destroy() {
        server.closeGracefully();
    }

    /** The request with its body, already read and checked, to be read again by the SDK. */
    private static final class Body extends HttpServletRequestWrapper {

        private final byte[] body;

        Body(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /** The initialize answer, noting the session id the SDK gives it as the session of the client that asked. */
    private final class SessionRecorder extends HttpServletResponseWrapper {

        private final String owner;

        SessionRecorder(HttpServletResponse response, String owner) {
            super(response);
            this.owner = owner;
        }

        @Override
        public void setHeader(String name, String value) {
            note(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            note(name, value);
            super.addHeader(name, value);
        }

        private void note(String name, String value) {
            if (HttpHeaders.MCP_SESSION_ID.equalsIgnoreCase(name) && value != null) {
                sessionOwners.put(value, owner);
            }
        }
    }
}
