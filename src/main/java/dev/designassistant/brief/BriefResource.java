package dev.designassistant.brief;

import dev.designassistant.llm.ChatTurn;
import dev.designassistant.llm.LlmAnswer;
import dev.designassistant.llm.LlmClient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Answers a design brief: validates and renders it (every problem reported before the LLM is asked), then asks
 * the chosen model. Sessions and the follow-up chain come later; the response already has room for the session.
 */
@Path("/api/briefs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BriefResource {

    /** Sets the model's role once; the rendered prompt is the user's message. */
    static final String SYSTEM_PROMPT = "You are a senior distributed-systems architect reviewing a design brief. "
            + "Answer every point the brief asks for, state your assumptions, and name the trade-offs and failure "
            + "modes of what you recommend.";

    private final BriefRenderer renderer;
    private final LlmClient llm;

    public BriefResource(BriefRenderer renderer, LlmClient llm) {
        this.renderer = renderer;
        this.llm = llm;
    }

    @POST
    public BriefResponse answer(@Valid @NotNull(message = "is required: a JSON object with 'template' and "
            + "'parameters'") BriefRequest request) {
        RenderedBrief brief = renderer.render(request.template(), request.parameters());
        LlmAnswer answer = llm.chat(request.model(),
                List.of(ChatTurn.system(SYSTEM_PROMPT), ChatTurn.user(brief.prompt())), brief.template().id());
        return BriefResponse.of(brief, answer);
    }
}
