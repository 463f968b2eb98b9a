package dev.designassistant.reply;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReplyTest {

    @Test
    void a_bare_json_object_is_read() {
        JsonReply reply = JsonReply.read("  {\"findings\": []}\n");

        assertThat(reply.isJson()).isTrue();
        assertThat(reply.value().get("findings").isArray()).isTrue();
        assertThat(reply.problem()).isNull();
    }

    @Test
    void one_markdown_code_fence_around_the_json_is_accepted() {
        JsonReply reply = JsonReply.read("```json\n{\"claims\": [1]}\n```");

        assertThat(reply.isJson()).isTrue();
        assertThat(reply.value().get("claims").get(0).asInt()).isEqualTo(1);
    }

    @Test
    void text_after_the_json_makes_it_no_json_reply() {
        JsonReply reply = JsonReply.read("{\"findings\": []} Hope this helps!");

        assertThat(reply.isJson()).isFalse();
        assertThat(reply.problem()).startsWith("the reply is not JSON: ");
    }

    @Test
    void an_empty_or_missing_reply_says_a_json_object_was_expected() {
        assertThat(JsonReply.read("   ").problem()).isEqualTo("the reply is empty; expected a JSON object");
        assertThat(JsonReply.read(null).problem()).isEqualTo("the reply is empty; expected a JSON object");
    }

    @Test
    void a_part_of_the_reply_becomes_a_record_leaving_out_fields_it_does_not_have() {
        record Point(int x) {
        }
        JsonReply reply = JsonReply.read("{\"x\": 3, \"y\": 4}");

        assertThat(JsonReply.convert(reply.value(), Point.class)).isEqualTo(new Point(3));
    }
}
