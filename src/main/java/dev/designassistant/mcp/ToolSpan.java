package dev.designassistant.mcp;

import dev.designassistant.trace.GenAi;
import dev.designassistant.trace.Tracing;
import io.modelcontextprotocol.spec.McpSchema;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;

/**
 * The span of one MCP tool call, as the GenAI conventions name it ({@code execute_tool <tool>},
 * {@code gen_ai.tool.name}); the brief, follow-up or review the tool runs is its child. Nothing while tracing is off.
 */
final class ToolSpan implements AutoCloseable {

    private static final ToolSpan NONE = new ToolSpan(null, null);

    private final Span span;
    private final Scope scope;

    private ToolSpan(Span span, Scope scope) {
        this.span = span;
        this.scope = scope;
    }

    static ToolSpan start(Tracing tracing, String tool) {
        if (!tracing.enabled()) {
            return NONE;
        }
        Span span = tracing.tracer().spanBuilder(GenAi.EXECUTE_TOOL + " " + tool)
                .setAttribute(GenAi.OPERATION_NAME, GenAi.EXECUTE_TOOL)
                .setAttribute(GenAi.TOOL_NAME, tool)
                .startSpan();
        return new ToolSpan(span, span.makeCurrent());
    }

    /** The tool's result, marked on the span when it is an error result. */
    McpSchema.CallToolResult ended(McpSchema.CallToolResult result) {
        if (span != null && Boolean.TRUE.equals(result.isError())) {
            span.setAttribute(GenAi.ERROR_TYPE, "tool_error");
            span.setStatus(StatusCode.ERROR);
        }
        return result;
    }

    @Override
    public void close() {
        if (span != null) {
            scope.close();
            span.end();
        }
    }
}
