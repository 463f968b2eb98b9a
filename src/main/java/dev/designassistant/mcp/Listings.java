package dev.designassistant.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerSession;
import io.modelcontextprotocol.spec.McpStreamableServerTransport;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * The list requests answered by this server rather than the SDK's: the SDK's server lists prompts and resources from
 * an unordered map, in one page, without knowing who asks, and its list handlers cannot be replaced (java-sdk issue
 * 1128). So each transport's sessions are wrapped: {@code prompts/list} and {@code resources/list} are answered by
 * {@link Answers} (the library's order; the catalog and the caller's own sessions, paged), every other message goes
 * to the SDK's session as before.
 */
final class Listings {

    /** The key of a list request's cursor in an HTTP request's transport context. */
    static final String CURSOR = Listings.class.getName() + ".cursor";

    /** The methods answered here. */
    static final List<String> METHODS = List.of(McpSchema.METHOD_PROMPT_LIST, McpSchema.METHOD_RESOURCES_LIST);

    /** Answers one of {@link #METHODS} for a client, with the request's {@code cursor} (null on the first page). */
    @FunctionalInterface
    interface Answers {
        Object answer(String method, String cursor, Client client);
    }

    private Listings() {
    }

    /** A stdio transport whose one session is {@code client}'s. */
    static McpServerTransportProvider wrap(McpServerTransportProvider provider, Answers answers, Client client) {
        return new McpServerTransportProvider() {
            @Override
            public void setSessionFactory(McpServerSession.Factory factory) {
                provider.setSessionFactory(transport -> new OneClientSession(factory.create(transport), transport,
                        answers, client));
            }

            @Override
            public Mono<Void> notifyClients(String method, Object params) {
                return provider.notifyClients(method, params);
            }

            @Override
            public Mono<Void> notifyClient(String sessionId, String method, Object params) {
                return provider.notifyClient(sessionId, method, params);
            }

            @Override
            public List<String> protocolVersions() {
                return provider.protocolVersions();
            }

            @Override
            public void close() {
                provider.close();
            }

            @Override
            public Mono<Void> closeGracefully() {
                return provider.closeGracefully();
            }
        };
    }

    /** A Streamable HTTP transport, whose requests carry their client in the transport context. */
    static McpStreamableServerTransportProvider wrap(McpStreamableServerTransportProvider provider, Answers answers) {
        return new McpStreamableServerTransportProvider() {
            @Override
            public void setSessionFactory(McpStreamableServerSession.Factory factory) {
                provider.setSessionFactory(initialize -> {
                    McpStreamableServerSession.McpStreamableServerSessionInit started = factory.startSession(initialize);
                    return new McpStreamableServerSession.McpStreamableServerSessionInit(
                            new HttpSession(started.session(), answers), started.initResult());
                });
            }

            @Override
            public Mono<Void> notifyClients(String method, Object params) {
                return provider.notifyClients(method, params);
            }

            @Override
            public Mono<Void> notifyClient(String sessionId, String method, Object params) {
                return provider.notifyClient(sessionId, method, params);
            }

            @Override
            public List<String> protocolVersions() {
                return provider.protocolVersions();
            }

            @Override
            public void close() {
                provider.close();
            }

            @Override
            public Mono<Void> closeGracefully() {
                return provider.closeGracefully();
            }
        };
    }

    /** The response to a list request: this server's list, or the error that the cursor is not one it gave. */
    private static McpSchema.JSONRPCResponse respond(Object id, String method, String cursor, Client client,
                                                     Answers answers) {
        try {
            return new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, id, answers.answer(method, cursor, client),
                    null);
        } catch (McpError e) {
            return new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, id, null, e.getJsonRpcError());
        }
    }

    /** The {@code cursor} of a list request's params, as text (whatever JSON it is: a wrong one is refused later). */
    static String cursor(Object params) {
        return params instanceof Map<?, ?> map && map.get("cursor") != null ? map.get("cursor").toString() : null;
    }

    /**
     * The stream of one HTTP request: the SDK's answer to a list request is replaced by this server's, for the
     * client and the cursor the request's transport context carries (McpServlet puts them there).
     */
    private record ListAnswering(McpStreamableServerTransport transport, Answers answers)
            implements McpStreamableServerTransport {

        @Override
        public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message, String messageId) {
            return replaced(message).flatMap(m -> transport.sendMessage(m, messageId));
        }

        @Override
        public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
            return replaced(message).flatMap(transport::sendMessage);
        }

        private Mono<McpSchema.JSONRPCMessage> replaced(McpSchema.JSONRPCMessage message) {
            if (!(message instanceof McpSchema.JSONRPCResponse response) || response.error() != null) {
                return Mono.just(message);
            }
            String method = response.result() instanceof McpSchema.ListPromptsResult ? McpSchema.METHOD_PROMPT_LIST
                    : response.result() instanceof McpSchema.ListResourcesResult ? McpSchema.METHOD_RESOURCES_LIST
                    : null;
            if (method == null) {
                return Mono.just(message);
            }
            return Mono.deferContextual(reactor -> {
                McpTransportContext context = reactor.getOrDefault(McpTransportContext.KEY, McpTransportContext.EMPTY);
                Object cursor = context.get(CURSOR);
                return Mono.just(respond(response.id(), method, cursor == null ? null : cursor.toString(),
                        Client.from(context), answers));
            });
        }

        @Override
        public Mono<Void> closeGracefully() {
            return transport.closeGracefully();
        }

        @Override
        public void close() {
            transport.close();
        }

        @Override
        public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
            return transport.unmarshalFrom(data, type);
        }

        @Override
        public List<String> protocolVersions() {
            return transport.protocolVersions();
        }
    }

    /** The stdio session: list requests answered here, everything else by the SDK's session. */
    private static final class OneClientSession extends McpServerSession {

        private final McpServerSession sdk;
        private final McpServerTransport transport;
        private final Answers answers;
        private final Client client;

        OneClientSession(McpServerSession sdk, McpServerTransport transport, Answers answers, Client client) {
            super(sdk.getId(), null, transport, null, Map.of(), Map.of());
            this.sdk = sdk;
            this.transport = transport;
            this.answers = answers;
            this.client = client;
        }

        @Override
        public Mono<Void> handle(McpSchema.JSONRPCMessage message) {
            if (message instanceof McpSchema.JSONRPCRequest request && METHODS.contains(request.method())) {
                return Mono.fromCallable(() -> respond(request.id(), request.method(), cursor(request.params()), client,
                        answers)).flatMap(transport::sendMessage);
            }
            return sdk.handle(message);
        }

        @Override
        public String getId() {
            return sdk.getId();
        }

        @Override
        public void init(McpSchema.ClientCapabilities capabilities, McpSchema.Implementation info) {
            sdk.init(capabilities, info);
        }

        @Override
        public void setMinLoggingLevel(McpSchema.LoggingLevel level) {
            sdk.setMinLoggingLevel(level);
        }

        @Override
        public boolean isNotificationForLevelAllowed(McpSchema.LoggingLevel level) {
            return sdk.isNotificationForLevelAllowed(level);
        }

        @Override
        public <T> Mono<T> sendRequest(String method, Object params, TypeRef<T> type) {
            return sdk.sendRequest(method, params, type);
        }

        @Override
        public Mono<Void> sendNotification(String method, Object params) {
            return sdk.sendNotification(method, params);
        }

        @Override
        public Mono<Void> closeGracefully() {
            return sdk.closeGracefully();
        }

        @Override
        public void close() {
            sdk.close();
        }
    }

    /** A Streamable HTTP session: list requests answered here for the request's client, the rest by the SDK's. */
    private static final class HttpSession extends McpStreamableServerSession {

        private final McpStreamableServerSession sdk;
        private final Answers answers;

        HttpSession(McpStreamableServerSession sdk, Answers answers) {
            super(sdk.getId(), null, null, null, Map.of(), Map.of());
            this.sdk = sdk;
            this.answers = answers;
        }

        @Override
        public Mono<Void> responseStream(McpSchema.JSONRPCRequest request, McpStreamableServerTransport transport) {
            return sdk.responseStream(request, new ListAnswering(transport, answers));
        }

        @Override
        public McpStreamableServerSessionStream responseStream(McpStreamableServerTransport transport) {
            return sdk.responseStream(new ListAnswering(transport, answers));
        }

        @Override
        public String getId() {
            return sdk.getId();
        }

        @Override
        public void setMinLoggingLevel(McpSchema.LoggingLevel level) {
            sdk.setMinLoggingLevel(level);
        }

        @Override
        public boolean isNotificationForLevelAllowed(McpSchema.LoggingLevel level) {
            return sdk.isNotificationForLevelAllowed(level);
        }

        @Override
        public <T> Mono<T> sendRequest(String method, Object params, TypeRef<T> type) {
            return sdk.sendRequest(method, params, type);
        }

        @Override
        public Mono<Void> sendNotification(String method, Object params) {
            return sdk.sendNotification(method, params);
        }

        @Override
        public Mono<Void> delete() {
            return sdk.delete();
        }

        @Override
        public boolean hasListeningStream() {
            return sdk.hasListeningStream();
        }

        @Override
        public boolean hasOpenStream() {
            return sdk.hasOpenStream();
        }

        @Override
        public McpStreamableServerSessionStream listeningStream(McpStreamableServerTransport transport) {
            return sdk.listeningStream(transport);
        }

        @Override
        public void releaseListeningStream() {
            sdk.releaseListeningStream();
        }

        @Override
        public Flux<McpSchema.JSONRPCMessage> replay(Object lastEventId) {
            return sdk.replay(lastEventId);
        }

        @Override
        public Mono<Void> accept(McpSchema.JSONRPCNotification notification) {
            return sdk.accept(notification);
        }

        @Override
        public Mono<Void> accept(McpSchema.JSONRPCResponse response) {
            return sdk.accept(response);
        }

        @Override
        public Mono<Void> closeGracefully() {
            return sdk.closeGracefully();
        }

        @Override
        public void close() {
            sdk.close();
        }
    }
}
