package dev.designassistant.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.designassistant.review.SourceText;

import java.util.ArrayList;
import java.util.List;

/** The {@code files} of a {@code review_code} call: {@code [{"path": ..., "content": ...}]}. */
final class ReviewFiles {

    private ReviewFiles() {
    }

    static List<SourceText.File> read(ToolArguments args) {
        JsonNode files = args.json("files");
        List<SourceText.File> read = new ArrayList<>();
        if (files == null) {
            return read;
        }
        if (!files.isArray()) {
            args.problem("files", "must be a list of {\"path\": ..., \"content\": ...} objects");
            return read;
        }
        for (int i = 0; i < files.size(); i++) {
            JsonNode file = files.get(i);
            JsonNode path = file.get("path");
            JsonNode content = file.get("content");
            if (path == null || !path.isTextual() || path.asText().isBlank() || content == null || !content.isTextual()) {
                args.problem("files[" + i + "]", "must have a non-empty string path and a string content");
            } else {
                read.add(new SourceText.File(path.asText(), content.asText()));
            }
        }
        return read;
    }
}
