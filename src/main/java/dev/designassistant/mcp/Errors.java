package dev.designassistant.mcp;

import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.ParameterProblem;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How failures reach an MCP client: a request that cannot be answered (bad prompt arguments, unknown resource) is a
 * JSON-RPC error with the problems as its data; a tool that fails is a tool result with {@code isError} and the
 * message the HTTP API would give (the service's own exceptions say what to do), never a protocol error.
 */
final class Errors {

    private static final Logger LOG = Logger.getLogger(Errors.class);

    private Errors() {
    }

    static McpError invalidParams(String message, List<ParameterProblem> problems) {
        McpError.Builder error = McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS).message(message);
        if (problems != null) {
            error.data(Map.of("problems", problems));
        }
        return error.build();
    }

    static McpError resourceNotFound(String uri) {
        return McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND).message("no resource at " + uri)
                .data(Map.of("uri", uri)).build();
    }

    static String describe(ParameterProblem problem) {
        return problem.parameter() == null ? problem.message() : problem.parameter() + " " + problem.message();
    }

    /** A tool's failure as its result. */
    static McpSchema.CallToolResult toolFailure(String tool, Throwable failure) {
        return McpSchema.CallToolResult.builder().isError(true).addTextContent(message(tool, failure)).build();
    }

    /** A tool's refusal of its arguments as its result. */
    static McpSchema.CallToolResult toolRefusal(String message) {
        return McpSchema.CallToolResult.builder().isError(true).addTextContent(message).build();
    }

    private static String message(String tool, Throwable failure) {
        if (failure instanceof InvalidParametersException invalid) {
            return invalid.getMessage() + ": " + invalid.problems().stream().map(Errors::describe)
                    .collect(Collectors.joining("; "));
        }
        if (failure.getClass().getName().startsWith("dev.designassistant.") && failure.getMessage() != null) {
            return failure.getMessage();
        }
        LOG.errorf(failure, "MCP tool %s failed unexpectedly", tool);
        return tool + " failed unexpectedly; the service's log has the details";
    }
}
