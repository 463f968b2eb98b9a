package dev.designassistant.eval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a competent answer to a brief case says. Terms match case-insensitively; each term is a list of synonyms,
 * any of which counts.
 *
 * @param containsAll  every term must appear
 * @param containsAny  at least one term must appear (empty: no such assertion)
 * @param notContains  none of these may appear
 * @param regex        each pattern must be found
 * @param designChecks codes of design checks that must fire on the parameters, before any call
 * @param minLength    fewest characters the answer may have (0: any)
 * @param ledger       whether the chain ends with the consistency ledger, which must then conform
 */
public record BriefExpectations(List<List<String>> containsAll, List<List<String>> containsAny, List<String> notContains,
                                List<Pattern> regex, List<String> designChecks, int minLength, boolean ledger) {
}
