package dev.designassistant.brief;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something the brief leaves out that the library's "Best Practices" say to give. Never blocks rendering.
 *
 * @param code      stable identifier ({@code no-scale}, {@code placeholder-left}…)
 * @param parameter the parameter it concerns, when there is one
 * @param message   what to add, in the library's words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LintWarning(String code, String parameter, String message) {
}
