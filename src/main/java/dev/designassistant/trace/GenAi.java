package dev.designassistant.trace;

import io.opentelemetry.api.common.AttributeKey;

import java.util.List;

/**
 * The attribute names of the OpenTelemetry semantic conventions the service's spans and metrics use, pinned to
 * semantic conventions <b>1.37.0</b> (GenAI spans and metrics: {@code gen_ai.*}; HTTP client: {@code http.*},
 * {@code server.*}, {@code error.type}). docs/observability.md lists each with where it comes from.
 */
public final class GenAi {

    /** The semantic conventions version the attributes follow. */
    public static final String SEMCONV_VERSION = "1.37.0";

    public static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("gen_ai.operation.name");
    public static final AttributeKey<String> PROVIDER_NAME = AttributeKey.stringKey("gen_ai.provider.name");
    public static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
    public static final AttributeKey<Double> REQUEST_TEMPERATURE = AttributeKey.doubleKey("gen_ai.request.temperature");
    public static final AttributeKey<Long> REQUEST_MAX_TOKENS = AttributeKey.longKey("gen_ai.request.max_tokens");
    public static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
    public static final AttributeKey<String> RESPONSE_ID = AttributeKey.stringKey("gen_ai.response.id");
    public static final AttributeKey<List<String>> RESPONSE_FINISH_REASONS =
            AttributeKey.stringArrayKey("gen_ai.response.finish_reasons");
    public static final AttributeKey<Long> USAGE_INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
    public static final AttributeKey<Long> USAGE_OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");
    public static final AttributeKey<String> CONVERSATION_ID = AttributeKey.stringKey("gen_ai.conversation.id");
    public static final AttributeKey<String> PROMPT_NAME = AttributeKey.stringKey("gen_ai.prompt.name");
    public static final AttributeKey<String> INPUT_MESSAGES = AttributeKey.stringKey("gen_ai.input.messages");
    public static final AttributeKey<String> OUTPUT_MESSAGES = AttributeKey.stringKey("gen_ai.output.messages");
    public static final AttributeKey<String> TOOL_NAME = AttributeKey.stringKey("gen_ai.tool.name");
    public static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");

    public static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    public static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    public static final AttributeKey<String> HTTP_METHOD = AttributeKey.stringKey("http.request.method");
    public static final AttributeKey<Long> HTTP_RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
    public static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey("http.response.status_code");
    public static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");

    /** {@code gen_ai.operation.name} of a chat completion. */
    public static final String CHAT = "chat";
    /** {@code gen_ai.operation.name} of a tool call (MCP). */
    public static final String EXECUTE_TOOL = "execute_tool";
    /** {@code error.type} when no better one is known. */
    public static final String OTHER_ERROR = "_OTHER";

    private GenAi() {
    }
}
