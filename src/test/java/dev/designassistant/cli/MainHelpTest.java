package dev.designassistant.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar … --help} says what the jar can do instead of starting the server; so does a wrong argument. */
class MainHelpTest {

    @Test
    void the_known_commands_and_options_are_no_usage_error() {
        assertThat(Main.usageError()).as("the service").isEmpty();
        assertThat(Main.usageError("mcp")).isEmpty();
        assertThat(Main.usageError("eval", "--suite", "reviews")).as("eval checks its own").isEmpty();
        assertThat(Main.usageError("--help")).isEmpty();
        assertThat(Main.usageError("-h")).isEmpty();
        assertThat(Main.usageError("review", "--template", "saga-code-review", "A.java")).as("review checks its own")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "reveiw", "serve", "--port", "-x", "REVIEW"})
    void anything_else_is_a_usage_error_naming_it(String argument) {
        assertThat(Main.usageError(argument)).hasValueSatisfying(line -> assertThat(line)
                .contains("'" + argument + "'").contains("review, eval, mcp and --help"));
    }

    @Test
    void a_system_property_after_jar_is_said_to_go_before_it_and_mcp_takes_nothing_more() {
        assertThat(Main.usageError("-Dquarkus.http.port=9090")).hasValueSatisfying(line -> assertThat(line)
                .contains("give it before -jar"));
        assertThat(Main.usageError("mcp", "--stdio")).hasValueSatisfying(line -> assertThat(line)
                .contains("mcp takes no arguments"));
    }

    @Test
    void the_usage_names_the_service_the_review_command_and_its_options() {
        assertThat(Main.usage())
                .contains("java -jar quarkus-run.jar            run the HTTP service")
                .contains("java -jar quarkus-run.jar review …   review source files in CI")
                .contains("--help     this text (also -h)")
                .contains("Usage: review [-hV]").contains("--template=<template>")
                .contains("--fail-on=<failOn>")
                .contains("--format=<format>")
                .contains("--url=<url>")
                .contains("Exit codes: 0 no finding at or above --fail-on");
    }
}
