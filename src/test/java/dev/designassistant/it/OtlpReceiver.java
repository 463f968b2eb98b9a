package dev.designassistant.it;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP trace receiver on loopback, as a collector listens: {@code POST /v1/traces} with an
 * {@code ExportTraceServiceRequest} in protobuf, decoded with OpenTelemetry's own {@code io.opentelemetry.proto}
 * classes, so the test sees the bytes a collector gets. Every received span is kept with its resource's service name.
 */
final class OtlpReceiver implements AutoCloseable {

    /** A received span and the service that sent it. */
    record Received(String service, Span span) {

        String traceId() {
            return HexFormat.of().formatHex(span.getTraceId().toByteArray());
        }

        String spanId() {
            return HexFormat.of().formatHex(span.getSpanId().toByteArray());
        }

        String parentSpanId() {
            return HexFormat.of().formatHex(span.getParentSpanId().toByteArray());
        }

        String name() {
            return span.getName();
        }

        Optional<AnyValue> attribute(String key) {
            return span.getAttributesList().stream().filter(a -> a.getKey().equals(key)).map(KeyValue::getValue)
                    .findFirst();
        }

        String string(String key) {
            return attribute(key).map(AnyValue::getStringValue).orElse(null);
        }

        Long integer(String key) {
            return attribute(key).filter(AnyValue::hasIntValue).map(AnyValue::getIntValue).orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> spans = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        OtlpReceiver receiver = new OtlpReceiver(server);
        server.createContext("/v1/traces", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                receiver.contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
                boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
                ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(
                        gzip ? new GZIPInputStream(body) : body);
                receiver.receive(request);
                byte[] ok = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
                exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, ok.length == 0 ? -1 : ok.length);
                if (ok.length > 0) {
                    exchange.getResponseBody().write(ok);
                }
            } catch (IOException | RuntimeException | Error e) {
                receiver.failures.add(e.toString());
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return receiver;
    }

    /** The endpoint to give the exporter ({@code OTEL_EXPORTER_OTLP_ENDPOINT}). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> spans() {
        return List.copyOf(spans);
    }

    /** Requests it could not read (none, when the exporter speaks OTLP). */
    List<String> failures() {
        return List.copyOf(failures);
    }

    List<String> contentTypes() {
        return List.copyOf(contentTypes);
    }

    /** The spans of one trace. */
    List<Received> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    /** The trace as an indented tree of span names with their main attributes, as docs/observability.md shows it. */
    String tree(String traceId) {
        List<Received> trace = trace(traceId);
        Map<String, List<Received>> children = trace.stream().collect(Collectors.groupingBy(Received::parentSpanId));
        StringBuilder out = new StringBuilder();
        trace.stream().filter(s -> trace.stream().noneMatch(p -> p.spanId().equals(s.parentSpanId())))
                .forEach(root -> print(root, children, 0, out));
        return out.toString();
    }

    private static void print(Received span, Map<String, List<Received>> children, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(span.name()).append(' ')
                .append(span.span().getAttributesList().stream()
                        .map(a -> a.getKey() + "=" + value(a.getValue())).sorted().collect(Collectors.joining(", ", "{", "}")))
                .append('\n');
        children.getOrDefault(span.spanId(), List.of()).stream()
                .sorted(java.util.Comparator.comparingLong(s -> s.span().getStartTimeUnixNano()))
                .forEach(child -> print(child, children, depth + 1, out));
    }

    private static String value(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> String.valueOf(value.getIntValue());
            case DOUBLE_VALUE -> String.valueOf(value.getDoubleValue());
            case BOOL_VALUE -> String.valueOf(value.getBoolValue());
            case ARRAY_VALUE -> value.getArrayValue().getValuesList().stream().map(OtlpReceiver::value)
                    .collect(Collectors.joining(",", "[", "]"));
            default -> value.toString();
        };
    }

    private void receive(ExportTraceServiceRequest request) {
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = resource.getResource().getAttributesList().stream()
                    .filter(a -> a.getKey().equals("service.name")).map(a -> a.getValue().getStringValue())
                    .findFirst().orElse("");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                scope.getSpansList().forEach(span -> spans.add(new Received(service, span)));
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
