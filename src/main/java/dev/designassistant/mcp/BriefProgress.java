package dev.designassistant.mcp;

import dev.designassistant.brief.RunningBrief;
import dev.designassistant.chain.ChainEvent;
import dev.designassistant.chain.ChainEvents;
import dev.designassistant.session.ChainStep;
import dev.designassistant.session.StepStatus;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The progress notifications of {@code run_brief}: one per answered (or failed) step of the chain, sent when the
 * call carries a progress token. They come from the chain's own events, the same the HTTP API streams.
 */
@ApplicationScoped
public class BriefProgress {

    private static final Logger LOG = Logger.getLogger(BriefProgress.class);
    /** How long the last notifications may trail the chain's end (they are sent as the chain's own events arrive). */
    private static final long TRAIL_SECONDS = 10;

    private final ChainEvents events;

    public BriefProgress(ChainEvents events) {
        this.events = events;
    }

    /** A watch of one brief's chain; {@link #close()} returns once its last notification is sent. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    Watch watch(McpSyncServerExchange exchange, McpSchema.CallToolRequest request, RunningBrief brief) {
        Object token = request.meta() == null ? null : request.meta().get("progressToken");
        if (token == null) {
            return () -> {
            };
        }
        Notifier notifier = new Notifier(exchange, token);
        CompletableFuture<Void> ended = new CompletableFuture<>();
        Cancellable subscription = events.watch(brief.sessionId()).subscribe().with(notifier::on,
                ended::completeExceptionally, () -> ended.complete(null));
        return () -> {
            try {
                ended.get(TRAIL_SECONDS, TimeUnit.SECONDS); // the chain has ended: its chain-done is on its way
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.debugf("Progress of session %s ended early: %s", brief.sessionId(), e);
            } finally {
                subscription.cancel();
            }
        };
    }

    /** Turns chain events into notifications, each step once, in the order they finish. */
    private static final class Notifier {

        private final McpSyncServerExchange exchange;
        private final Object token;
        private final Set<Integer> finished = new HashSet<>();
        private List<ChainStep> steps = List.of();

        Notifier(McpSyncServerExchange exchange, Object token) {
            this.exchange = exchange;
            this.token = token;
        }

        synchronized void on(ChainEvent event) {
            if (event.steps() != null) {
                steps = event.steps(); // the first event (the state) has the whole chain
                steps.stream().filter(s -> s.status() == StepStatus.DONE || s.status() == StepStatus.FAILED)
                        .forEach(s -> finish(s.index(), s.status() == StepStatus.FAILED, s.reason()));
            } else if ("step-done".equals(event.type()) || "step-failed".equals(event.type())) {
                finish(event.step(), "step-failed".equals(event.type()), event.reason());
            }
        }

        private void finish(int index, boolean failed, String reason) {
            if (!finished.add(index)) {
                return;
            }
            String what = StepLabels.of(steps, index);
            String message = failed ? "Failed: " + what + ": " + reason : "Answered " + what;
            try {
                exchange.progressNotification(new McpSchema.ProgressNotification(token, (double) finished.size(),
                        (double) Math.max(steps.size(), finished.size()), message));
            } catch (RuntimeException e) {
                LOG.debugf("A progress notification could not be sent: %s", e.getMessage()); // the client left
            }
        }
    }
}
