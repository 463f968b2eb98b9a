package dev.designassistant.report;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

/** A report was asked for in a format that does not exist, or that this session cannot have (SARIF of a brief). */
public class UnsupportedFormatException extends DomainException {

    /** Unsupported format: 400. */
    public static final ProblemType TYPE = new ProblemType("unsupported-format", "Unsupported format", 400);

    public UnsupportedFormatException(String message) {
        super(TYPE, message);
    }
}
