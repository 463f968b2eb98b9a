package dev.designassistant.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar … --help} says what the jar can do instead of starting the server. */
class MainHelpTest {

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
