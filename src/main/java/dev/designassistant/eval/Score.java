package dev.designassistant.eval;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The figures of one model on one suite (or on all of them: suite {@code *}). Rates are from 0 to 1; a figure
 * that has nothing to count (recall without planted defects) is null.
 *
 * @param recall          planted defects found / planted
 * @param precision       findings that matched a defect / findings, clean cases included
 * @param cleanFalsePositives findings of major or worse on clean cases
 * @param schemaFirst     answers with a schema that conformed at once / answers with a schema
 * @param schemaFinal     ... that conformed after the correction
 * @param cost            US dollars, null when the model has no price
 * @param passRateMin     lowest pass rate of one repetition (with --repeat), else null
 * @param passRateMax     highest
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Score(String suite, String model, int cases, int passed, double passRate, int planted, int found,
                   Double recall, int findings, Double precision, int cleanCases, int cleanFalsePositives,
                   Double schemaFirst, Double schemaFinal, long inputTokens, long outputTokens, Double cost,
                   long latencyP50, long latencyP95, Double passRateMin, Double passRateMax) {

    public static final String ALL = "*";

    /** One score per suite and model, then one per model over all suites, models in the order given. */
    public static List<Score> of(List<CaseResult> results, List<String> models) {
        List<Score> scores = new ArrayList<>();
        Map<String, List<CaseResult>> bySuite = results.stream()
                .collect(Collectors.groupingBy(CaseResult::suite, TreeMap::new, Collectors.toList()));
        bySuite.forEach((suite, rs) -> models.forEach(m -> score(suite, m, rs).ifPresent(scores::add)));
        models.forEach(m -> score(ALL, m, results).ifPresent(scores::add));
        return scores;
    }

    private static java.util.Optional<Score> score(String suite, String model, List<CaseResult> all) {
        List<CaseResult> rs = all.stream().filter(r -> r.model().equals(model)).toList();
        if (rs.isEmpty()) {
            return java.util.Optional.empty();
        }
        int passed = (int) rs.stream().filter(CaseResult::passed).count();
        int planted = rs.stream().mapToInt(CaseResult::planted).sum();
        int found = rs.stream().mapToInt(CaseResult::found).sum();
        int findings = rs.stream().mapToInt(CaseResult::findings).sum();
        List<CaseResult> schema = rs.stream().filter(r -> r.schemaFirst() != null).toList();
        Double cost = rs.stream().anyMatch(r -> r.cost() == null) ? null
                : rs.stream().mapToDouble(CaseResult::cost).sum();
        List<Long> latencies = rs.stream().map(CaseResult::latencyMs).sorted().toList();
        Map<Integer, List<CaseResult>> byRepeat = rs.stream().collect(Collectors.groupingBy(CaseResult::repeat));
        Double min = null;
        Double max = null;
        if (byRepeat.size() > 1) {
            List<Double> rates = byRepeat.values().stream().map(Score::passRate).toList();
            min = rates.stream().min(Comparator.naturalOrder()).orElse(null);
            max = rates.stream().max(Comparator.naturalOrder()).orElse(null);
        }
        return java.util.Optional.of(new Score(suite, model, rs.size(), passed, passRate(rs), planted, found,
                planted == 0 ? null : (double) found / planted, findings,
                findings == 0 ? null : (double) found / findings,
                (int) rs.stream().filter(CaseResult::clean).count(),
                rs.stream().mapToInt(CaseResult::majorOnClean).sum(),
                schema.isEmpty() ? null : (double) schema.stream().filter(CaseResult::schemaFirst).count() / schema.size(),
                schema.isEmpty() ? null : (double) schema.stream().filter(r -> Boolean.TRUE.equals(r.schemaFinal())).count() / schema.size(),
                rs.stream().mapToLong(CaseResult::inputTokens).sum(), rs.stream().mapToLong(CaseResult::outputTokens).sum(),
                cost, percentile(latencies, 50), percentile(latencies, 95), min, max));
    }

    private static double passRate(List<CaseResult> rs) {
        return rs.isEmpty() ? 0 : (double) rs.stream().filter(CaseResult::passed).count() / rs.size();
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
