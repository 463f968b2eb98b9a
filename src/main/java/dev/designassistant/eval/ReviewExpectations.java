package dev.designassistant.eval;

import java.util.List;

/**
 * What a correct review of a case's code reports.
 *
 * @param file               the code file, relative to the evals folder
 * @param findings           the planted defects, each of which must be found
 * @param maxFalsePositives  most findings that match no planted defect (null: no limit)
 * @param clean              the code has no defect: no finding of major or worse may be reported
 */
public record ReviewExpectations(String file, List<PlantedDefect> findings, Integer maxFalsePositives, boolean clean) {
}
