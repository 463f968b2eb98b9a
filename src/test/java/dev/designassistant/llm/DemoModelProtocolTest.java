package dev.designassistant.llm;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The demo model speaks OpenAI's protocol fully: streamed chunks with usage, and the model list. */
@QuarkusTest
class DemoModelProtocolTest {

    private static String baseUrl() {
        return "http://localhost:" + RestAssured.port + "/demo-llm/v1";
    }

    @Test
    void langchain4js_streaming_client_gets_the_same_answer_in_chunks_with_the_usage() throws Exception {
        OpenAiStreamingChatModel streaming = OpenAiStreamingChatModel.builder().baseUrl(baseUrl()).apiKey("demo")
                .modelName(DemoAnswer.MODEL_ID).httpClientBuilder(JdkHttpClient.builder()).build();
        List<String> pieces = new ArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        streaming.chat(List.of(UserMessage.from("How do I size a bulkhead?")), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                pieces.add(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse streamed = done.get(20, TimeUnit.SECONDS);

        ChatResponse whole = OpenAiChatModel.builder().baseUrl(baseUrl()).apiKey("demo").modelName(DemoAnswer.MODEL_ID)
                .httpClientBuilder(JdkHttpClient.builder()).build()
                .chat(UserMessage.from("How do I size a bulkhead?"));
        assertThat(pieces).hasSizeGreaterThan(3);
        assertThat(String.join("", pieces)).isEqualTo(streamed.aiMessage().text()).isEqualTo(whole.aiMessage().text());
        assertThat(streamed.tokenUsage()).as("usage, as stream_options.include_usage asks").isNotNull();
        assertThat(streamed.tokenUsage().outputTokenCount()).isEqualTo(whole.tokenUsage().outputTokenCount());
        assertThat(streamed.finishReason()).isEqualTo(whole.finishReason());
    }

    @Test
    void a_raw_stream_has_chunks_the_usage_last_and_done() {
        String body = given().contentType(ContentType.JSON)
                .body(Map.of("model", DemoAnswer.MODEL_ID, "stream", true, "stream_options", Map.of("include_usage", true),
                        "messages", List.of(Map.of("role", "user", "content", "Hello"))))
                .post("/demo-llm/v1/chat/completions")
                .then().statusCode(200).contentType(startsWith("text/event-stream")).body(endsWith("data: [DONE]\n\n"))
                .extract().asString();
        List<String> events = body.lines().filter(l -> l.startsWith("data: ")).toList();
        assertThat(events.getFirst()).contains("\"object\":\"chat.completion.chunk\"").contains("\"role\":\"assistant\"");
        assertThat(events.get(events.size() - 2)).contains("\"choices\":[]").contains("\"usage\":{\"prompt_tokens\"");
        assertThat(events.get(events.size() - 3)).contains("\"finish_reason\":\"stop\"");
    }

    @Test
    void lists_its_model() {
        given().get("/demo-llm/v1/models").then().statusCode(200)
                .body("object", equalTo("list"))
                .body("data[0].id", equalTo(DemoAnswer.MODEL_ID))
                .body("data[0].object", equalTo("model"));
        given().get("/demo-llm/v1/models/" + DemoAnswer.MODEL_ID).then().statusCode(200)
                .body("owned_by", equalTo("design-assistant"));
        given().get("/demo-llm/v1/models/gpt-5").then().statusCode(404)
                .body("error.code", equalTo("model_not_found"));
    }

    @Test
    void the_in_process_demo_of_the_commands_answers_as_the_http_endpoint_does() {
        List<dev.langchain4j.data.message.ChatMessage> conversation = List.of(
                dev.langchain4j.data.message.SystemMessage.from("You are a design assistant."),
                UserMessage.from("Design a saga.\nProvide:\n1. the steps\n2. the compensations"),
                dev.langchain4j.data.message.AiMessage.from("The steps are ..."),
                UserMessage.from("What about timeouts?"));
        ChatResponse overHttp = OpenAiChatModel.builder().baseUrl(baseUrl()).apiKey("demo")
                .modelName(DemoAnswer.MODEL_ID).httpClientBuilder(JdkHttpClient.builder()).build()
                .chat(dev.langchain4j.model.chat.request.ChatRequest.builder().messages(conversation).build());

        ChatResponse inProcess = new DemoChatModel()
                .chat(dev.langchain4j.model.chat.request.ChatRequest.builder().messages(conversation).build());

        assertThat(inProcess.aiMessage().text()).isEqualTo(overHttp.aiMessage().text()).contains("follow-up 1");
        assertThat(inProcess.tokenUsage().inputTokenCount()).isEqualTo(overHttp.tokenUsage().inputTokenCount());
        assertThat(inProcess.tokenUsage().outputTokenCount()).isEqualTo(overHttp.tokenUsage().outputTokenCount());
        assertThat(inProcess.modelName()).isEqualTo(overHttp.modelName());
    }
}
