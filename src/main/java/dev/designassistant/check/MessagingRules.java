package dev.designassistant.check;

import java.util.List;
import java.util.Optional;

import static dev.designassistant.check.CheckSeverity.INFO;
import static dev.designassistant.check.CheckSeverity.RISK;
import static dev.designassistant.check.CheckSeverity.WARNING;
import static dev.designassistant.check.Clauses.when;
import static dev.designassistant.check.Figure.Kind.DURATION;
import static dev.designassistant.check.Figure.Kind.RATE;

/** Checks of Kafka consumers, message consumer idempotency (6.2), the outbox (4.3) and Temporal workflows. */
final class MessagingRules {

    private static final String KC = "kafka-consumer";
    private static final String CI = "consumer-idempotency";
    private static final String OB = "outbox-pattern";
    private static final String TW = "temporal-workflow";
    private static final String EXTERNAL_EFFECT = "postgres|mysql|mongo|database|\\bdb\\b|redis|elastic|http|\\bapi\\b"
            + "|e-?mail|webhook|ledger|\\bs3\\b";

    private MessagingRules() {
    }

    static List<DesignRule> rules() {
        return List.of(
                DesignRule.of("exactly-once-external-side-effects", KC, RISK, List.of("otherRequirements"),
                        "Kafka's exactly-once covers reads and writes of Kafka topics in one transaction; a "
                                + "database write or API call in between happens again after a rebalance unless it is "
                                + "idempotent or committed with the offset.", MessagingRules::kafkaSideEffects),
                DesignRule.of("exactly-once-on-at-least-once-broker", CI, WARNING,
                        List.of("deliveryGuarantee", "messageBroker"),
                        "RabbitMQ and SQS deliver at least once; exactly-once processing has to come from the "
                                + "consumer's deduplication, not from the broker.",
                        b -> when(b.is("deliveryGuarantee", "exactly-once") && !b.is("messageBroker", "Kafka"),
                                () -> "Exactly-once delivery is expected from " + b.text("messageBroker") + ".")),
                DesignRule.of("ordered-slow-processing", CI, WARNING, List.of("messageOrdering", "processingTime"),
                        "With ordering per key, one slow or failing message holds back every later message of its "
                                + "partition or queue; retries must not reorder them.", MessagingRules::orderedSlow),
                DesignRule.of("outbox-strict-order-on-sqs", OB, WARNING, List.of("ordering", "messageBroker"),
                        "SQS standard queues do not keep order; strict order per aggregate needs FIFO queues with "
                                + "the aggregate id as message group.",
                        b -> when(b.is("ordering", "strict per aggregate") && b.is("messageBroker", "SQS"),
                                () -> "Strict order per aggregate is required on SQS.")),
                DesignRule.of("outbox-polling-volume", OB, INFO, List.of("messageVolume", "database"),
                        "A polling relay at this volume queries the outbox table constantly; log-based capture "
                                + "(Debezium on the database's log) scales with less load and latency.",
                        b -> Figures.first(b.text("messageVolume"), RATE).filter(r -> r.value() >= 1_000)
                                .map(r -> "The outbox must relay " + r.text() + " from " + b.text("database") + ".")),
                DesignRule.of("long-wait-in-workflow", TW, WARNING, List.of("requirements"),
                        "Waits of hours or days belong in a workflow timer or signal, not in an activity: an "
                                + "activity that long needs heartbeats and blocks a worker slot.",
                        MessagingRules::longWait));
    }

    private static Optional<String> kafkaSideEffects(BriefValues b) {
        List<String> effects = b.items("otherRequirements").stream()
                .filter(r -> r.matches("(?is).*(" + EXTERNAL_EFFECT + ").*")).map(r -> "\"" + r + "\"").toList();
        return when(!effects.isEmpty(), () -> "Exactly-once processing is asked for, and " + Clauses.listed(effects)
                + (effects.size() == 1 ? " is a side effect" : " are side effects") + " outside Kafka.");
    }

    private static Optional<String> orderedSlow(BriefValues b) {
        return Figures.min(b.text("processingTime"), DURATION)
                .filter(d -> d >= 1_000 && b.is("messageOrdering", "required"))
                .map(d -> "Ordering is required and a message takes " + Figures.duration(d) + ": each key gets at most "
                        + Figures.plain(1_000 / d) + " messages a second.");
    }

    private static Optional<String> longWait(BriefValues b) {
        return b.items("requirements").stream()
                .filter(r -> Figures.max(r, DURATION).orElse(0d) >= 3_600_000)
                .findFirst()
                .map(r -> "\"" + r + "\" describes a wait of up to "
                        + Figures.duration(Figures.max(r, DURATION).orElseThrow()) + ".");
    }
}
