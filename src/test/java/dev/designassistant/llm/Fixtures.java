package dev.designassistant.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** JSON fixtures under {@code src/test/resources/llm}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String llm(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("llm/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture llm/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
