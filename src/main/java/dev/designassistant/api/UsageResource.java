package dev.designassistant.api;

import dev.designassistant.session.ClientUsage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** {@code GET /api/usage}: the calling client's LLM requests and tokens today and this month, per model. */
@Path("/api/usage")
public class UsageResource {

    private final ClientUsage usage;
    private final Caller caller;
    private final AccessConfig access;
    private final Clock clock;

    public UsageResource(ClientUsage usage, Caller caller, AccessConfig access, Clock clock) {
        this.usage = usage;
        this.caller = caller;
        this.access = access;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Usage usage() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant dayStart = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant monthStart = today.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        String client = caller.owner();
        long budget = access.dailyTokenBudget();
        return new Usage(client, Usage.Period.of(dayStart, usage.since(client, dayStart)),
                Usage.Period.of(monthStart, usage.since(client, monthStart)),
                budget > 0 ? budget : null, dayStart.plusSeconds(86_400));
    }
}
