package dev.designassistant.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Standard input as the stdio MCP server reads it: one JSON-RPC message per line, each checked by
 * {@link JsonRpcScreen} before the SDK's transport gets it, so that no line can stop the server. A line that is not
 * a message gets its JSON-RPC error on standard output (invalid UTF-8 and lines over the size limit included); an
 * empty line is skipped; a malformed notification is dropped; a {@code ping} is answered at once, whatever state
 * the session is in (the SDK would hold one sent before {@code notifications/initialized}). Errors are written under
 * the same lock the SDK's transport writes its messages with, one whole line at a time. When input ends, the requests
 * already passed on are answered before the server stops (a client may write its requests and close at once).
 */
final class StdioLines {

    private static final Logger LOG = Logger.getLogger(StdioLines.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxLineBytes;
    private final Answers out;
    /** The ids of the requests passed on to the SDK and not answered yet. */
    private final Set<String> pending = new HashSet<>();

    StdioLines(int maxLineBytes, OutputStream protocol) {
        this.maxLineBytes = maxLineBytes;
        this.out = new Answers(protocol);
    }

    /** Standard output as the SDK's transport and this class write to it: it notes which requests are answered. */
    OutputStream output() {
        return out;
    }

    /**
     * Reads messages until standard input ends, passing the good ones on to {@code sdk} (a line each) and answering
     * the others; returns at the end of input.
     */
    void pump(InputStream in, OutputStream sdk) throws IOException {
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
            handle(line.toByteArray(), tooLong, sdk, this.out);
            line.reset();
            tooLong = false;
        }
        if (line.size() > 0 || tooLong) {
            handle(line.toByteArray(), tooLong, sdk, this.out); // a last line without its newline
        }
    }

    /** Waits until every request passed on has its answer, or the time is up; whether all were answered. */
    boolean awaitAnswers(Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        synchronized (pending) {
            while (!pending.isEmpty()) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    LOG.warnf("stdio: input ended with %d request(s) unanswered after %s", pending.size(), atMost);
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(pending, left);
            }
            return true;
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
                if (pass.isRequest()) {
                    synchronized (pending) {
                        pending.add(pass.message().get("id").toString());
                    }
                }
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

    /** Standard output, written a whole message at a time, noting the id of every response that goes out. */
    private final class Answers extends OutputStream {

        private final OutputStream protocol;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Answers(OutputStream protocol) {
            this.protocol = protocol;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            protocol.write(b, off, len);
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    answered(line.toByteArray());
                    line.reset();
                } else {
                    line.write(b[i]);
                }
            }
        }

        @Override
        public void flush() throws IOException {
            protocol.flush();
        }

        private void answered(byte[] message) {
            try {
                JsonNode sent = JSON.readTree(message);
                if (sent != null && sent.has("id") && (sent.has("result") || sent.has("error"))) {
                    synchronized (pending) {
                        pending.remove(sent.get("id").toString());
                        pending.notifyAll();
                    }
                }
            } catch (IOException notJson) {
                LOG.debug("stdio: wrote a line that is not JSON"); // never by this server
            }
        }
    }
}
