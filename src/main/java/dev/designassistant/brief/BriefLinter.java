package dev.designassistant.brief;

import dev.designassistant.catalog.LintCheck;
import dev.designassistant.catalog.ParameterSpec;
import dev.designassistant.catalog.ParameterType;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.catalog.ValidatedParameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** Applies the library's DO/DON'T list to a brief: what it leaves out, and placeholders left in. */
public final class BriefLinter {

    private static final Pattern LOAD_FIGURE = Pattern.compile("(?i)\\d[\\d,.]*\\s*(k|m|million|thousand)?\\s*"
            + "(tps|rps|qps|req|requests?|transactions?|messages?|msgs?|events?|ops|operations?|orders?|users?|calls?"
            + "|writes?|reads?|payments?|jobs?|records?|rows?|items?|gb|tb|mb|/\\s*(s|sec|second|min|minute|h|hour|day)"
            + "|per\\s+(second|minute|hour|day))\\b");
    private static final Pattern CONSISTENCY = Pattern.compile("(?i)consisten|\\bstrong\\b|eventual|causal|linearizab"
            + "|serializab|read-your-writes|stale|\\bimmediate\\b|\\bacid\\b");
    private static final Pattern FAILURES = Pattern.compile("(?i)fail|compensat|rollback|roll back|partition|timeout"
            + "|outage|crash|split-brain|unavailable");
    private static final Pattern STACK = Pattern.compile("(?i)\\b(postgres(ql)?|mysql|mariadb|oracle|sql server|mongo(db)?"
            + "|cassandra|dynamo(db)?|redis|memcached|kafka|rabbitmq|sqs|sns|pulsar|nats|kinesis|temporal|cadence"
            + "|camunda|zookeeper|etcd|consul|kubernetes|k8s|docker|grpc|graphql|java|kotlin|scala|go|golang|rust"
            + "|python|node(\\.js)?|typescript|c#|\\.net|spring|quarkus|micronaut|resilience4j|hystrix|envoy|istio"
            + "|elasticsearch|debezium|aws|gcp|azure|s3|lambda|h2|sqlite|cockroach(db)?|spanner|yugabyte|axon)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\[\\]\\n]{1,60}]");

    private BriefLinter() {
    }

    /** Whether the text gives a load or volume figure ("2,000 TPS", "~10,000 transactions/minute"). */
    public static boolean hasLoadFigure(String text) {
        return LOAD_FIGURE.matcher(text).find();
    }

    /** The warnings for a validated brief and the prompt it rendered to. */
    public static List<LintWarning> lint(PromptTemplate template, ValidatedParameters values, String prompt) {
        List<LintWarning> warnings = new ArrayList<>();
        StringBuilder userText = new StringBuilder();
        for (ParameterSpec spec : template.parameters()) {
            boolean code = spec.type() == ParameterType.CODE; // code has brackets of its own: no placeholder check
            visitValue(spec.name(), values.values().get(spec.name()), (path, text) -> {
                userText.append(text).append('\n');
                if (!code && PLACEHOLDER.matcher(text).find()) {
                    warnings.add(new LintWarning("placeholder-left", path,
                            "looks like a placeholder left unfilled: replace it with your system's real value"));
                }
            });
        }
        String given = userText.toString();
        if (template.lint().contains(LintCheck.SCALE) && !LOAD_FIGURE.matcher(given).find()) {
            warnings.add(new LintWarning("no-scale", null, "no scale or load figure (e.g. 2,000 TPS): "
                    + "don't ignore scale and performance requirements"));
        }
        if (template.lint().contains(LintCheck.CONSISTENCY) && !CONSISTENCY.matcher(given).find()) {
            warnings.add(new LintWarning("no-consistency", null, "no consistency requirement "
                    + "(strong, eventual, causal…): don't forget to mention consistency requirements"));
        }
        if (template.lint().contains(LintCheck.FAILURES) && !FAILURES.matcher(prompt).find()) {
            warnings.add(new LintWarning("no-failure-scenarios", null, "no failure scenarios asked for: "
                    + "request failure scenario handling"));
        }
        if (template.lint().contains(LintCheck.STACK) && !STACK.matcher(given).find()) {
            warnings.add(new LintWarning("no-technology-stack", null, "no technology named: "
                    + "specify the technology stack when relevant (databases, brokers, languages)"));
        }
        return warnings;
    }

    private static void visitValue(String path, Object value, BiConsumer<String, String> visit) {
        if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                visitValue(path + "[" + i + "]", items.get(i), visit);
            }
        } else if (value instanceof Map<?, ?> fields) {
            fields.forEach((k, v) -> visitValue(path + "." + k, v, visit));
        } else if (value != null) {
            visit.accept(path, String.valueOf(value));
        }
    }
}
