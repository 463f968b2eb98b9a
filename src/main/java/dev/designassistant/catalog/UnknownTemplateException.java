package dev.designassistant.catalog;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

/** No template (or follow-up question) has that id. */
public class UnknownTemplateException extends DomainException {

    /** Unknown template: 404. */
    public static final ProblemType TYPE = new ProblemType("unknown-template", "Unknown template", 404);

    private final String id;

    public UnknownTemplateException(String kind, String id) {
        super(TYPE, "No " + kind + " has the id '" + Values.abbreviate(id) + "'");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
