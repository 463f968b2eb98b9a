package dev.designassistant.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the text of one prompt file (YAML front matter, then a Qute body) into a {@link PromptTemplate}.
 * Every problem is reported as a {@link TemplateFileException} naming the file and the line.
 */
final class PromptFileParser {

    private static final String FENCE = "---";

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final Engine engine = Engine.builder().addDefaults().strictRendering(true).build();
    private final PromptSchemaChecker checker = new PromptSchemaChecker();

    /** Parses a catalog template ({@code followUp == false}) or a follow-up question. */
    PromptTemplate parse(String file, String expectedId, String content, boolean followUp) {
        String[] lines = content.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            throw new TemplateFileException(file, 1, "expected front matter starting with '---'");
        }
        int end = closingFence(lines);
        if (end < 0) {
            throw new TemplateFileException(file, 1, "front matter has no closing '---'");
        }
        FrontMatter meta = readFrontMatter(file, String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end)));
        checker.check(file, expectedId, meta, followUp);
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length));
        Template template = compile(file, expectedId, body, end + 1);
        PromptTemplate prompt = new PromptTemplate(meta.id(), meta.section(), meta.source(), meta.title(),
                meta.category(), meta.description(), meta.lint() == null ? EnumSet.allOf(LintCheck.class) : meta.lint(),
                List.copyOf(meta.parameters() == null ? List.of() : meta.parameters()), meta.order(), file,
                sha256(content), template, Boolean.TRUE.equals(meta.datamarking()));
        checker.checkExamplesRender(file, prompt, end + 1);
        return prompt;
    }

    private static int closingFence(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                return i;
            }
        }
        return -1;
    }

    private FrontMatter readFrontMatter(String file, String text) {
        try {
            FrontMatter meta = yaml.readValue(text, FrontMatter.class);
            if (meta == null) {
                throw new TemplateFileException(file, 2, "front matter is empty");
            }
            return meta;
        } catch (UnrecognizedPropertyException e) {
            throw new TemplateFileException(file, lineOfKey(text, e.getPropertyName()), "front matter: unknown key '"
                    + e.getPropertyName() + "', expected one of " + e.getKnownPropertyIds());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : at.getLineNr() + 1;
            throw new TemplateFileException(file, line, "front matter: " + e.getOriginalMessage());
        }
    }

    /** Records are read whole before Jackson reports an unknown key, so find its line ourselves. */
    private static int lineOfKey(String text, String key) {
        Pattern keyLine = Pattern.compile("^[\\s-]*\\{?\\s*" + Pattern.quote(key) + "\\s*:");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (keyLine.matcher(lines[i]).find()) {
                return i + 2;
            }
        }
        return 1;
    }

    private Template compile(String file, String id, String body, int linesBefore) {
        try {
            return engine.parse(body, null, id);
        } catch (TemplateException e) {
            int line = e.getOrigin() == null ? 0 : e.getOrigin().getLine() + linesBefore;
            throw new TemplateFileException(file, line, "template body: " + e.getMessage());
        }
    }

    private static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
