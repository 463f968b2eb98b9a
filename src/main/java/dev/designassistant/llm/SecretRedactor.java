package dev.designassistant.llm;

import java.util.Collection;
import java.util.List;

/** Removes the configured API keys from any text before it is logged or shown. */
final class SecretRedactor {

    static final String MASK = "[redacted]";
    private static final int SHORTEST_KEY = 4;

    private final List<String> secrets;

    SecretRedactor(Collection<String> secrets) {
        // longest first, so that a key containing another is masked whole
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= SHORTEST_KEY).distinct()
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        String clean = text;
        for (String secret : secrets) {
            clean = clean.replace(secret, MASK);
        }
        return clean;
    }
}
