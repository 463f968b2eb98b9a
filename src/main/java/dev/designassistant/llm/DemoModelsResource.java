package dev.designassistant.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The demo model's {@code GET /v1/models} (and {@code /v1/models/{id}}), as OpenAI lists models; 404 when off. */
@Path(ChatModelFactory.DEMO_PATH + "/models")
@Produces(MediaType.APPLICATION_JSON)
public class DemoModelsResource {

    private static final long CREATED = 1_767_225_600L; // 2026-01-01: the demo model has no release date

    private final LlmGateway gateway;
    private final ObjectMapper json;

    public DemoModelsResource(LlmGateway gateway, ObjectMapper json) {
        this.gateway = gateway;
        this.json = json;
    }

    @GET
    @NonBlocking
    public Response list() {
        if (!gateway.demoInUse()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        ObjectNode list = json.createObjectNode().put("object", "list");
        list.putArray("data").add(model());
        return Response.ok(list).build();
    }

    @GET
    @Path("/{id}")
    @NonBlocking
    public Response get(@PathParam("id") String id) {
        if (!gateway.demoInUse() || !DemoAnswer.MODEL_ID.equals(id)) {
            ObjectNode error = json.createObjectNode();
            error.putObject("error").put("message", "The model '" + id + "' does not exist")
                    .put("type", "invalid_request_error").put("code", "model_not_found");
            return Response.status(Response.Status.NOT_FOUND).entity(error).build();
        }
        return Response.ok(model()).build();
    }

    private ObjectNode model() {
        return json.createObjectNode().put("id", DemoAnswer.MODEL_ID).put("object", "model")
                .put("created", CREATED).put("owned_by", "design-assistant");
    }
}
