package dev.designassistant.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;

import java.time.Clock;
import java.time.Duration;

/**
 * Builds an {@link UpstreamHttpClient}; handed to langchain4j's OpenAI model builder. Each client built gets a Vert.x
 * client of its own, opened here rather than by the caller so that it has the connect timeout langchain4j settled on.
 */
final class UpstreamHttpClientBuilder implements HttpClientBuilder {

    private final UpstreamConnections connections;
    private final Clock clock;
    private final SecretRedactor redactor;
    private Duration connectTimeout;
    private Duration readTimeout;

    UpstreamHttpClientBuilder(UpstreamConnections connections, Clock clock, SecretRedactor redactor,
                              Duration connectTimeout, Duration readTimeout) {
        this.connections = connections;
        this.clock = clock;
        this.redactor = redactor;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    @Override
    public HttpClient build() {
        return new UpstreamHttpClient(connections.open(connectTimeout), connectTimeout, readTimeout, clock, redactor);
    }
}
