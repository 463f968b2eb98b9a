package dev.designassistant.catalog;

/**
 * One thing wrong with a brief's parameters.
 *
 * @param parameter the parameter path ({@code services[1].name}); null when the problem is the whole object
 * @param message   what is wrong, in words a user can act on
 */
public record ParameterProblem(String parameter, String message) {
}
