package dev.designassistant.session;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.List;

/**
 * SQL for a client's use of the LLM, counted from the stored answers of its sessions, on one transaction's handle.
 * (Why a class over Jdbi's fluent API: {@link SessionDao}.)
 */
final class UsageDao {

    private final Handle h;

    UsageDao(Handle h) {
        this.h = h;
    }

    /**
     * The client's answers since {@code from}, per model (a session answered since then was touched since then):
     * tokens and cost of the answers the LLM gave; answers from the response cache are counted apart and spent none.
     */
    List<ModelUsage> since(String owner, Instant from) {
        return h.createQuery("select m.model as model, count(*) as requests, "
                        + "coalesce(sum(case when m.cached then 0 else m.input_tokens end), 0) as input_tokens, "
                        + "coalesce(sum(case when m.cached then 0 else m.output_tokens end), 0) as output_tokens, "
                        + "coalesce(sum(case when m.cached then 1 else 0 end), 0) as cached, "
                        + "sum(case when m.cached then 0 else m.cost end) as cost "
                        + "from session s join message m on m.session_id = s.id "
                        + "where s.owner = :owner and s.updated_at >= :from and m.role = 'assistant' "
                        + "and m.created_at >= :from group by m.model order by m.model")
                .bind("owner", owner).bind("from", from)
                .map(RowMapping.USAGE).list();
    }
}
