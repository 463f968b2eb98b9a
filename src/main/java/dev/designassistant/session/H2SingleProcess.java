package dev.designassistant.session;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.flyway.FlywayDataSource;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.util.Optional;

/**
 * Stops a second process on the same embedded H2 file at start, with one line (Quarkus prints a configuration
 * problem's message alone, without a stack trace). It runs as the H2 migration is prepared: the first time the
 * service would open the file.
 */
@ApplicationScoped
@FlywayDataSource("h2")
public class H2SingleProcess implements FlywayConfigurationCustomizer {

    private final Optional<String> url;

    public H2SingleProcess(@ConfigProperty(name = "quarkus.datasource.h2.jdbc.url") Optional<String> url) {
        this.url = url;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        url.flatMap(H2FileInUse::check).ifPresent(line -> {
            throw new ConfigurationException(line);
        });
    }
}
