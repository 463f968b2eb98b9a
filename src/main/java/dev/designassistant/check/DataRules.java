package dev.designassistant.check;

import java.util.List;
import java.util.Optional;

import static dev.designassistant.check.CheckSeverity.INFO;
import static dev.designassistant.check.CheckSeverity.RISK;
import static dev.designassistant.check.CheckSeverity.WARNING;
import static dev.designassistant.check.Clauses.when;
import static dev.designassistant.check.Figure.Kind.COUNT;
import static dev.designassistant.check.Figure.Kind.DURATION;
import static dev.designassistant.check.Figure.Kind.RATE;

/** Checks of replication and split brain (7.3), Redis, CQRS (3.1) and event sourcing (3.2). */
final class DataRules {

    private static final String SB = "split-brain-analysis";
    private static final String RD = "redis-pattern";
    private static final String CQ = "cqrs-architecture";
    private static final String ES = "event-sourcing-aggregate";

    private DataRules() {
    }

    static List<DesignRule> rules() {
        return List.of(
                DesignRule.of("replicas-without-majority", SB, RISK, List.of("replicationFactor"),
                        "A majority of two is two: after one node is lost or cut off, either writes stop or both "
                                + "sides accept them and diverge.",
                        b -> b.number("replicationFactor").filter(n -> n <= 2).map(n -> "With " + Figures.plain(n)
                                + (n == 1 ? " replica" : " replicas") + ", losing one leaves no majority to elect a "
                                + "leader.")),
                DesignRule.of("even-replication-factor", SB, INFO, List.of("replicationFactor"),
                        "An even number of replicas tolerates no more failures than one fewer, and a clean split "
                                + "leaves no side with a majority.",
                        b -> b.number("replicationFactor").filter(n -> n >= 4 && n % 2 == 0).map(n -> Figures.plain(n)
                                + " replicas tolerate " + Figures.plain(n / 2 - 1) + " failures, as "
                                + Figures.plain(n - 1) + " would.")),
                DesignRule.of("async-replication-automatic-failover", SB, RISK,
                        List.of("replicationMode", "leaderElection"),
                        "A replica promoted automatically lacks the writes the old leader acknowledged but had not "
                                + "shipped yet: they are lost, or come back as conflicts.", DataRules::asyncFailover),
                DesignRule.of("election-quorum-too-small", SB, RISK, List.of("leaderElection"),
                        "The election's own quorum decides who leads: fewer than three members, or an even number, "
                                + "cannot tell a dead leader from a partition.", DataRules::electionQuorum),
                DesignRule.of("redis-cluster-multi-key", RD, WARNING, List.of("clusterMode", "pattern", "useCase"),
                        "In Redis Cluster a Lua script or transaction may touch only keys of one hash slot; the "
                                + "keys need a shared hash tag ({…}) or the call fails with CROSSSLOT.",
                        b -> when(b.is("clusterMode", "yes") && (b.mentions("pattern", "lua|script|multi|transaction|"
                                        + "several keys|multiple keys|atomic") || b.mentions("useCase",
                                        "lua|script|multi-key|multiple keys|several keys|atomic")),
                                () -> "Cluster mode is on and the pattern needs several keys updated atomically.")),
                DesignRule.of("redis-lock-without-persistence", RD, RISK, List.of("pattern", "persistence"),
                        "A lock held only in memory is forgotten by a restart or a failover to a replica that had "
                                + "not received it: two clients then hold the same lock.",
                        b -> when(b.mentions("pattern", "lock|mutex|leader|lease|semaphore")
                                        && b.is("persistence", "optional"),
                                () -> "The pattern (" + b.text("pattern") + ") is a lock on a Redis whose persistence "
                                        + "is optional.")),
                DesignRule.of("cqrs-real-time-read-model", CQ, WARNING, List.of("dataFreshness"),
                        "Read models fed by events lag the write side; real-time reads need read-your-writes "
                                + "(reading the write model or waiting for the projection) where it matters.",
                        b -> when(b.is("dataFreshness", "real-time"), () -> "The read models must be real-time, "
                                + "yet CQRS projections are updated after the write commits.")),
                DesignRule.of("event-store-volume", ES, INFO, List.of("expectedVolume"),
                        "Streams this long need snapshots and an archiving or partitioning plan for the event "
                                + "store, decided before the first event is written.", DataRules::eventVolume));
    }

    private static Optional<String> asyncFailover(BriefValues b) {
        if (!b.is("replicationMode", "async") || b.text("leaderElection").isBlank()
                || b.mentions("leaderElection", "manual")) {
            return Optional.empty();
        }
        Optional<Figure> ttl = Figures.first(b.text("leaderElection"), DURATION);
        return Optional.of("Asynchronous replication with automatic failover (" + b.text("leaderElection")
                + "): writes acknowledged by the old leader and not yet replicated are lost on failover"
                + ttl.map(t -> ", and writes may stall up to " + Figures.duration(t.upper()) + " before it").orElse("")
                + ".");
    }

    private static Optional<String> electionQuorum(BriefValues b) {
        return Figures.first(b.text("leaderElection"), COUNT, f -> f.is("member") || f.is("node") || f.is("voter"))
                .filter(f -> f.value() < 3 || f.value() % 2 == 0)
                .map(f -> "The leader election runs on " + f.text() + ", which has no majority after a split.");
    }

    private static Optional<String> eventVolume(BriefValues b) {
        String text = b.text("expectedVolume");
        Optional<Figure> rate = Figures.first(text, RATE);
        Optional<Double> retention = Figures.max(text, DURATION);
        if (rate.isEmpty() || retention.isEmpty()) {
            return Optional.empty();
        }
        double perItem = Figures.first(text, COUNT, f -> f.is("event")).map(Figure::value).orElse(1d);
        double total = rate.get().value() * perItem * retention.get() / 1_000;
        return when(total >= 100_000_000, () -> "About " + (total >= 1e9 ? Figures.plain(total / 1e9) + " billion"
                : Figures.plain(total / 1e6) + " million") + " events over " + Figures.duration(retention.get())
                + " (" + rate.get().text()
                + (perItem > 1 ? ", " + Figures.plain(perItem) + " events each" : "") + ").");
    }
}
