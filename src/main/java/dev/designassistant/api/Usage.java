package dev.designassistant.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.designassistant.session.ModelUsage;

import java.time.Instant;
import java.util.List;

/**
 * Body of {@code GET /api/usage}: what the calling client spent today and this month (UTC), per model, on every
 * instance of the deployment.
 *
 * @param dailyTokenBudget the client's daily token budget; absent when there is none
 * @param budgetResetsAt   when today's count starts again (midnight UTC)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Usage(String client, Period today, Period month, Long dailyTokenBudget, Instant budgetResetsAt) {

    /**
     * One period's use: since {@code from}, all models together and per model.
     *
     * @param tokens tokens the LLM counted for its answers (answers from the response cache spent none)
     * @param cost   what the answers cost at the configured prices; absent when no prices are set
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(Instant from, long requests, long tokens, Double cost, List<ModelUsage> models) {

        static Period of(Instant from, List<ModelUsage> models) {
            return new Period(from, models.stream().mapToLong(ModelUsage::requests).sum(),
                    models.stream().mapToLong(ModelUsage::tokens).sum(),
                    models.stream().map(ModelUsage::cost).filter(java.util.Objects::nonNull).reduce(Double::sum)
                            .map(c -> Math.round(c * 1e8) / 1e8).orElse(null), models);
        }
    }
}
