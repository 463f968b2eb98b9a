package dev.designassistant.check;

import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.catalog.TestCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every design rule fires on a brief that has its problem and stays quiet on one that does not. Each row starts
 * from the template's own examples and changes only the parameters the row names.
 */
class DesignRulesTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = TestCatalog.real();
    }

    /** A rule, the changes to the examples that make it fire, and the changes that keep it quiet. */
    record Row(String code, Map<String, Object> fires, Map<String, Object> quiet) {
        @Override
        public String toString() {
            return code;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                // retry-strategy
                new Row("retry-sla-below-two-attempts", Map.of("slaTimeout", "400 ms", "averageDuration", "250 ms"),
                        Map.of("slaTimeout", "3 seconds", "averageDuration", "250 ms")),
                new Row("retry-budget-exceeds-sla", Map.of("averageDuration", "800 ms",
                                "resourceConstraints", "3 attempts; backoff 500 ms, exponential"),
                        Map.of("averageDuration", "250 ms", "resourceConstraints", "3 attempts; backoff 200 ms")),
                new Row("retry-not-idempotent", Map.of("idempotent", "no"), Map.of("idempotent", "yes")),
                new Row("retry-no-jitter", Map.of(), Map.of("resourceConstraints", "full jitter on every backoff")),
                new Row("retry-without-downstream-protection", Map.of("downstreamProtection", "no"),
                        Map.of("downstreamProtection", "yes")),
                new Row("retry-permanent-failure-as-transient",
                        Map.of("transientFailures", List.of("HTTP 503", "HTTP 409 conflict")),
                        Map.of("transientFailures", List.of("HTTP 503", "HTTP 408 request timeout", "HTTP 429"))),
                new Row("retry-after-not-honoured", Map.of(),
                        Map.of("transientFailures", List.of("HTTP 429 (we wait for Retry-After)"))),
                // circuit-breaker-config
                new Row("cb-slow-threshold-below-normal", Map.of("slowCallThreshold", "400 ms"), Map.of()),
                new Row("cb-slow-threshold-tight", Map.of("slowCallThreshold", "600 ms"), Map.of()),
                new Row("cb-volume-below-minimum-calls", Map.of("requestVolume", "40 requests/minute"), Map.of()),
                new Row("cb-failure-rate-spikes", Map.of(), Map.of("failureRate", "0.5%")),
                new Row("cb-baseline-failure-above-threshold", Map.of("failureRate", "60%"), Map.of()),
                // bulkhead-design
                new Row("bulkhead-connections-below-threads", Map.of("connectionPoolSize", 100), Map.of()),
                new Row("bulkhead-slow-low-criticality-service", Map.of(), Map.of("downstreamServices", List.of(
                        service("CatalogService", "high", "40 ms p95", "99.95%"),
                        service("RecommendationService", "low", "600 ms p95", "98%")))),
                new Row("bulkhead-thin-shares", Map.of("threadPoolSize", 20), Map.of()),
                new Row("bulkhead-unreliable-critical-service", Map.of("downstreamServices", List.of(
                        service("PaymentService", "high", "350 ms p95", "99.5% success"))), Map.of()),
                // resilience-stack
                new Row("resilience-tail-latency", Map.of(), Map.of("averageLatency", "300 ms, p99 600 ms")),
                new Row("resilience-low-availability", Map.of("availability", "99.5%"), Map.of()),
                new Row("resilience-retries-against-rate-limit", Map.of(), Map.of("rateLimits", "none published")),
                // pattern-selection
                new Row("strong-consistency-high-availability", Map.of("consistency", "strong"), Map.of()),
                new Row("long-running-strong-consistency",
                        Map.of("transactionType", "long-running", "consistency", "strong"),
                        Map.of("transactionType", "long-running")),
                // saga-vs-2pc
                new Row("latency-budget-below-transaction", Map.of(), Map.of("latencyBudget", "10 s")),
                new Row("latency-budget-below-service-sum", Map.of("latencyBudget", "500 ms", "services",
                                List.of("OrderService 120 ms", "PaymentService 300 ms p99", "ShippingService 200 ms")),
                        Map.of("latencyBudget", "800 ms", "services",
                                List.of("OrderService 120 ms", "PaymentService 300 ms p99", "ShippingService 200 ms"))),
                new Row("two-phase-commit-without-xa", Map.of("consistency", "must be immediate"), Map.of()),
                new Row("immediate-consistency-long-transaction", Map.of("consistency", "must be immediate"),
                        Map.of("consistency", "must be immediate", "transactionDuration", "200-800 ms")),
                // distributed-transaction
                new Row("external-api-in-distributed-transaction", Map.of(),
                        Map.of("serviceC", "PaymentService debits the customer's wallet (PostgreSQL)")),
                new Row("long-lock-window", Map.of(), Map.of("maxDurationSeconds", 2)),
                // choreography-vs-orchestration
                new Row("choreography-visibility-conflict", Map.of(), Map.of("visibilityRequirements", "low")),
                new Row("choreography-without-event-infrastructure", Map.of("existingEventInfrastructure", "no"),
                        Map.of()),
                // saga-compensation
                new Row("irreversible-side-effect", Map.of(), Map.of("sideEffects", List.of("stock reserved"),
                        "externalSystemStates", "the Stripe authorisation can still be voided")),
                // split-brain-analysis
                new Row("replicas-without-majority", Map.of("replicationFactor", 2), Map.of()),
                new Row("even-replication-factor", Map.of("replicationFactor", 4), Map.of()),
                new Row("async-replication-automatic-failover", Map.of(), Map.of("replicationMode", "sync")),
                new Row("election-quorum-too-small", Map.of("leaderElection", "Patroni with a 2-member etcd cluster"),
                        Map.of()),
                // redis-pattern
                new Row("redis-cluster-multi-key",
                        Map.of("pattern", "a Lua script that moves stock between two warehouse keys"), Map.of()),
                new Row("redis-lock-without-persistence", Map.of("pattern", "a distributed lock per SKU"),
                        Map.of("pattern", "a distributed lock per SKU", "persistence", "required")),
                // cqrs-architecture
                new Row("cqrs-real-time-read-model", Map.of("dataFreshness", "real-time"), Map.of()),
                // event-sourcing-aggregate
                new Row("event-store-volume", Map.of(),
                        Map.of("expectedVolume", "500 orders/day with about 12 events each, kept for 1 year")),
                // kafka-consumer
                new Row("exactly-once-external-side-effects", Map.of(),
                        Map.of("otherRequirements", List.of("Ordering preserved per payment id"))),
                // consumer-idempotency
                new Row("exactly-once-on-at-least-once-broker",
                        Map.of("deliveryGuarantee", "exactly-once", "messageBroker", "SQS"),
                        Map.of("deliveryGuarantee", "exactly-once")),
                new Row("ordered-slow-processing", Map.of(), Map.of("processingTime", "about 40 ms")),
                // outbox-pattern
                new Row("outbox-strict-order-on-sqs", Map.of("messageBroker", "SQS"), Map.of()),
                new Row("outbox-polling-volume", Map.of("messageVolume", "about 5,000 messages/second at peak"),
                        Map.of()),
                // temporal-workflow
                new Row("long-wait-in-workflow", Map.of(), Map.of("requirements", List.of("About 20/second at peak"))));
    }

    @ParameterizedTest(name = "{0} fires")
    @MethodSource("rows")
    void fires_on_a_brief_with_the_problem(Row row) {
        assertThat(codes(row, row.fires())).contains(row.code());
    }

    @ParameterizedTest(name = "{0} stays quiet")
    @MethodSource("rows")
    void stays_quiet_on_a_brief_without_it(Row row) {
        assertThat(codes(row, row.quiet())).doesNotContain(row.code());
    }

    @Test
    void every_rule_has_a_row_a_unique_code_and_reads_parameters_its_template_has() {
        List<DesignRule> rules = DesignChecks.rules();
        assertThat(rows().map(Row::code)).containsExactlyInAnyOrderElementsOf(rules.stream().map(DesignRule::code).toList());
        for (DesignRule rule : rules) {
            PromptTemplate template = catalog.template(rule.templateId());
            rule.parameters().forEach(p -> assertThat(template.parameter(p)).as("%s reads %s", rule.code(), p).isPresent());
            assertThat(rule.why()).as(rule.code()).isNotBlank();
        }
        assertThat(rules).hasSizeGreaterThanOrEqualTo(25);
        Set<String> templates = rules.stream().map(DesignRule::templateId).collect(Collectors.toSet());
        assertThat(templates).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void a_finding_carries_its_numbers_severity_and_parameters() {
        CheckFinding finding = DesignChecks.check("retry-strategy", values("retry-strategy",
                        Map.of("averageDuration", "800 ms", "resourceConstraints", "3 attempts; backoff 500 ms, exponential")))
                .stream().filter(f -> f.code().equals("retry-budget-exceeds-sla")).findFirst().orElseThrow();

        assertThat(finding.severity()).isEqualTo(CheckSeverity.RISK);
        assertThat(finding.parameters()).containsExactly("slaTimeout", "averageDuration");
        assertThat(finding.finding()).isEqualTo(
                "3 attempts × 800 ms + 1.5 s of backoff waits = 3.9 s, more than the SLA timeout of 3 s.");
    }

    @Test
    void findings_come_worst_first() {
        List<CheckFinding> findings = DesignChecks.check("retry-strategy",
                values("retry-strategy", Map.of("idempotent", "no")));

        assertThat(findings).extracting(CheckFinding::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(findings.get(0).code()).isEqualTo("retry-not-idempotent");
    }

    @Test
    void templates_without_rules_have_no_findings_and_no_prompt_section() {
        List<CheckFinding> findings = DesignChecks.check("pattern-code-review", catalog.template("pattern-code-review").examples());

        assertThat(findings).isEmpty();
        assertThat(DesignChecks.promptSection(findings)).isEmpty();
    }

    private static Map<String, Object> service(String name, String criticality, String responseTime, String reliability) {
        return Map.of("name", name, "criticality", criticality, "responseTime", responseTime, "reliability", reliability);
    }

    private static List<String> codes(Row row, Map<String, Object> changes) {
        String template = DesignChecks.rules().stream().filter(r -> r.code().equals(row.code())).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + row.code())).templateId();
        return DesignChecks.check(template, values(template, changes)).stream().map(CheckFinding::code).toList();
    }

    private static Map<String, Object> values(String template, Map<String, Object> changes) {
        Map<String, Object> values = new HashMap<>(catalog.template(template).examples());
        values.putAll(changes);
        return values;
    }
}
