package dev.designassistant.mcp;

import dev.designassistant.brief.BriefRenderer;
import dev.designassistant.brief.LintWarning;
import dev.designassistant.brief.RenderedBrief;
import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.ParameterProblem;
import dev.designassistant.catalog.ParameterSpec;
import dev.designassistant.catalog.ParameterType;
import dev.designassistant.catalog.PromptTemplate;
import io.modelcontextprotocol.server.McpServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every catalog template as an MCP prompt: its parameters are the arguments, {@code prompts/get} validates them as
 * the API does (every problem at once) and answers with the rendered brief, the lint warnings as a note in the
 * description; enum arguments complete to their values.
 */
@ApplicationScoped
public class McpPrompts {

    private final Catalog catalog;
    private final BriefRenderer renderer;

    public McpPrompts(Catalog catalog, BriefRenderer renderer) {
        this.catalog = catalog;
        this.renderer = renderer;
    }

    List<SyncPromptSpecification> prompts() {
        return catalog.templates().stream()
                .map(t -> new SyncPromptSpecification(
                        new McpSchema.Prompt(t.id(), t.title(), t.description(), PromptArguments.of(t)),
                        (exchange, request) -> get(request)))
                .toList();
    }

    List<SyncCompletionSpecification> completions() {
        return catalog.templates().stream()
                .filter(t -> t.parameters().stream().anyMatch(p -> p.type() == ParameterType.ENUM))
                .map(t -> new SyncCompletionSpecification(new McpSchema.PromptReference(t.id()),
                        (exchange, request) -> complete(request)))
                .toList();
    }

    /** The rendered brief, or an invalid-params error naming every problem. */
    McpSchema.GetPromptResult get(McpSchema.GetPromptRequest request) {
        PromptTemplate template = catalog.find(request.name()).orElseThrow(() -> Errors.invalidParams(
                "unknown prompt '" + request.name() + "'", null));
        PromptArguments.Read read = PromptArguments.read(template, request.arguments());
        try {
            RenderedBrief brief = renderer.render(template.id(), read.parameters());
            if (!read.problems().isEmpty()) {
                throw new InvalidParametersException(template.id(), List.of());
            }
            return new McpSchema.GetPromptResult(description(template, brief.warnings()),
                    List.of(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(brief.prompt()))),
                    Map.of("warnings", brief.warnings()));
        } catch (InvalidParametersException e) {
            List<ParameterProblem> problems = merge(read.problems(), e.problems());
            throw Errors.invalidParams(problems.size() + " problem(s) with the arguments of prompt '" + template.id()
                    + "': " + problems.stream().map(Errors::describe).collect(Collectors.joining("; ")), problems);
        }
    }

    /** The problems of arguments that could not be read, then the validator's about the others. */
    private static List<ParameterProblem> merge(List<ParameterProblem> unread, List<ParameterProblem> invalid) {
        List<ParameterProblem> all = new ArrayList<>(unread);
        invalid.stream()
                .filter(p -> unread.stream().noneMatch(u -> p.parameter() != null
                        && rootOf(u.parameter()).equals(rootOf(p.parameter()))))
                .forEach(all::add);
        return all;
    }

    private static String rootOf(String path) {
        return path.split("[\\[.]", 2)[0];
    }

    private static String description(PromptTemplate template, List<LintWarning> warnings) {
        if (warnings.isEmpty()) {
            return template.title();
        }
        return template.title() + ". Note, the brief could be better: " + warnings.stream()
                .map(w -> (w.parameter() == null ? "" : w.parameter() + ": ") + w.message())
                .collect(Collectors.joining("; "));
    }

    private McpSchema.CompleteResult complete(McpSchema.CompleteRequest request) {
        String prefix = request.argument().value() == null ? "" : request.argument().value().toLowerCase(Locale.ROOT);
        List<String> values = catalog.find(request.ref().identifier())
                .flatMap(t -> t.parameter(request.argument().name()))
                .filter(p -> p.type() == ParameterType.ENUM)
                .map(ParameterSpec::values).orElse(List.of()).stream()
                .filter(v -> v.toLowerCase(Locale.ROOT).startsWith(prefix))
                .toList();
        return new McpSchema.CompleteResult(new McpSchema.CompleteResult.CompleteCompletion(values, values.size(), false));
    }
}
