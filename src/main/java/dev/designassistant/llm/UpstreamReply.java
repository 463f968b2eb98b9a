package dev.designassistant.llm;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An upstream's complete response, as read on the event loop: status, headers (names case-insensitive, as HTTP
 * has them) and the body as text, not yet redacted.
 */
record UpstreamReply(int status, Map<String, List<String>> headers, String body) {

    boolean successful() {
        return status >= 200 && status <= 299;
    }

    /** The header's first value, when it was sent. */
    Optional<String> firstHeader(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
