package dev.designassistant.review;

import java.util.List;

/**
 * What the service adds to a review template's prompt so the answer comes back as findings, and what it sends
 * when a reply does not match. Both say {@link #FORMAT_SENTENCE}: the built-in demo model recognises a review by
 * it (dev.designassistant.llm.DemoAnswer), so keep the two in step.
 */
final class ReviewInstruction {

    /** The sentence that asks for JSON findings. */
    static final String FORMAT_SENTENCE = "Reply with a single JSON object that conforms to this JSON schema";
    /** The line that introduces each file when the code holds several ("==> src/Foo.java <=="). */
    static final String FILE_HEADER = "==> path <==";

    private ReviewInstruction() {
    }

    /** The instruction appended to the rendered review prompt. */
    static String forPrompt(ReviewChecklist checklist, FindingsSchema schema) {
        StringBuilder text = new StringBuilder("\n\n## Answer format\n\n")
                .append(FORMAT_SENTENCE).append(", and nothing else (no prose before or after it):\n\n")
                .append(schema.text()).append("\n\n")
                .append("- One finding per issue. severity: \"critical\" (loses data or money, or breaks correctness "
                        + "under failure), \"major\" (likely to cause a production incident), \"minor\" (hardening, "
                        + "clarity, observability).\n")
                .append("- location: the file and the line range, when you can tell. The code may hold several files, "
                        + "each introduced by a line \"" + FILE_HEADER + "\"; count lines from the line after it.\n")
                .append("- explanation: why it is a problem; suggestedFix: the concrete change.\n")
                .append("- An empty \"findings\" array when there is nothing to report.\n\n")
                .append("Checklist items (use the text exactly as \"checklistItem\"):\n");
        checklist.texts().forEach(item -> text.append("- ").append(item).append('\n'));
        return text.toString();
    }

    /** The message that asks again after a reply with these problems. */
    static String correction(List<String> problems, ReviewChecklist checklist, FindingsSchema schema) {
        StringBuilder text = new StringBuilder("Your reply does not conform to the required format:\n");
        problems.stream().limit(20).forEach(p -> text.append("- ").append(p).append('\n'));
        return text.append("\nAnswer the same review again.").append(forPrompt(checklist, schema)).toString();
    }
}
