package dev.designassistant.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Standard input as the stdio MCP server reads it: one JSON-RPC message per line, each checked by
 * {@link JsonRpcScreen} before the SDK's transport gets it, so that no line can stop the server. A line that is not
 * a message gets its JSON-RPC error on standard output (invalid UTF-8 and lines over the size limit included); an
 * empty line is skipped; a malformed notification is dropped; a {@code ping} is answered at once, whatever state
 * the session is in (the SDK would hold one sent before {@code notifications/initialized}). Errors are written under
 * the same lock the SDK's transport writes its messages with, one whole line at a time.
 */
final class StdioLines {

    private static final Logger LOG = Logger.getLogger(StdioLines.class);

    private final int maxLineBytes;

    StdioLines(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Reads messages until standard input ends, passing the good ones on to {@code sdk} (a line each) and answering
     * the others on {@code out}; returns at the end of input.
     */
    void pump(InputStream in, OutputStream sdk, OutputStream out) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) >= 0) {
            if (b != '\n') {
                if (line.size() < maxLineBytes) {
                    line.write(b);
                } else {
                    tooLong = true;
                }
                continue;
            }
            handle(line.toByteArray(), tooLong, sdk, out);
            line.reset();
            tooLong = false;
        }
        if (line.size() > 0 || tooLong) {
            handle(line.toByteArray(), tooLong, sdk, out); // a last line without its newline
        }
    }

    private void handle(byte[] bytes, boolean tooLong, OutputStream sdk, OutputStream out) throws IOException {
        if (tooLong) {
            answer(out, new JsonRpcScreen.Answer(null, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "the message is longer than " + maxLineBytes + " bytes"));
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            answer(out, new JsonRpcScreen.Answer(null, McpSchema.ErrorCodes.PARSE_ERROR,
                    "the message is not valid UTF-8"));
            return;
        }
        if (text.isBlank()) {
            return; // nothing was sent
        }
        switch (JsonRpcScreen.screen(text)) {
            case JsonRpcScreen.Answer answer -> answer(out, answer);
            case JsonRpcScreen.Ignore ignore -> LOG.debugf("stdio: ignored %s", ignore.why());
            case JsonRpcScreen.Pass pass when pass.isRequest() && McpSchema.METHOD_PING.equals(pass.method()) ->
                    write(out, "{\"jsonrpc\":\"2.0\",\"id\":" + pass.message().get("id") + ",\"result\":{}}");
            case JsonRpcScreen.Pass pass -> {
                sdk.write((pass.message().toString() + "\n").getBytes(StandardCharsets.UTF_8));
                sdk.flush();
            }
        }
    }

    private static void answer(OutputStream out, JsonRpcScreen.Answer answer) throws IOException {
        write(out, answer.json());
    }

    private static void write(OutputStream out, String json) throws IOException {
        synchronized (out) { // the SDK's transport writes each message holding the same lock
            out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
