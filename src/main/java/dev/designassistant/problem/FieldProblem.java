package dev.designassistant.problem;

/** One problem with one parameter or field of a request (or of an LLM reply). */
public record FieldProblem(String parameter, String message) {
}
