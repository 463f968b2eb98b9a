package dev.designassistant.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.ParameterProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} header of the LLM-spending endpoints: a repeat of a request with the same key and
 * body gets the first response again (marked {@code Idempotent-Replayed: true}) without a new LLM call.
 * Bodies are compared as JSON values, so key order and white space do not matter.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    /** Lets the request say what its repeats should get, as soon as it is known. */
    @FunctionalInterface
    public interface Recorder {
        void remember(int status, Object body, URI location);
    }

    private final IdempotencyStore store;
    private final ObjectMapper canonical;
    private final ObjectMapper json;

    public Idempotency(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
        this.canonical = JsonMapper.builder()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    /**
     * The request's key from every value of its {@code Idempotency-Key} header: none is no key; an empty one, two,
     * or one that is not 1 to 200 visible ASCII characters is a 400 naming the header.
     */
    public static String key(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidHeaderException(HEADER, "sent " + values.size() + " times; send one key");
        }
        String key = values.getFirst().strip();
        if (!VALID_KEY.matcher(key).matches()) {
            throw new InvalidHeaderException(HEADER, "must be 1 to 200 visible ASCII characters (a UUID is a good key)");
        }
        return key;
    }

    /**
     * Runs the request once per key. The action records its replayable response through the recorder (a brief
     * does so when its session exists, before waiting for the chain); an action that fails before recording
     * releases the key, so a repeat runs it again.
     */
    public Response run(String owner, String key, String endpoint, Object request, Function<Recorder, Response> action) {
        if (key == null) {
            return action.apply((status, body, location) -> { });
        }
        key(List.of(key));
        Optional<IdempotencyRecord> first = store.begin(owner, key, hash(endpoint, request));
        if (first.isPresent()) {
            return replay(first.get());
        }
        boolean[] recorded = {false};
        try {
            return action.apply((status, body, location) -> {
                store.complete(owner, key, status, write(body), location == null ? null : location.toString());
                recorded[0] = true;
            });
        } finally {
            if (!recorded[0]) {
                store.release(owner, key);
            }
        }
    }

    /** What the first answer was sent as (its records are JSON, written in UTF-8): the replay says the same. */
    private static final MediaType REPLAYED_TYPE = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private static Response replay(IdempotencyRecord record) {
        Response.ResponseBuilder response = Response.status(record.status())
                .type(REPLAYED_TYPE)
                .entity(record.body())
                .header(REPLAYED, "true");
        if (record.location() != null) {
            response.location(URI.create(record.location()));
        }
        return response.build();
    }

    private String hash(String endpoint, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(endpoint.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(canonical.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the response for replay", e);
        }
    }
}
