package dev.designassistant.api;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The web page's signed-in browsers. A sign-in becomes a signed cookie value
 * {@code client.expiry.nonce.mac}: no server state, so any instance behind a load balancer accepts it, and it
 * never holds the API key. The MAC is keyed with the digest of the client's own key, so rotating a key ends every
 * browser session of that client. Each cookie also has its own CSRF token, derived from it, that the page sends
 * back with every state-changing request.
 */
@ApplicationScoped
public class BrowserSessions {

    /** Name of the cookie. */
    public static final String COOKIE = "da_session";
    /** Header that carries the CSRF token on the page's own API calls. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /** How long a sign-in lasts: a working day; then the page asks for the key again. */
    private static final Duration LIFETIME = Duration.ofHours(8);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final ApiKeys keys;
    private final SignOuts signOuts;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public BrowserSessions(ApiKeys keys, SignOuts signOuts, Clock clock) {
        this.keys = keys;
        this.signOuts = signOuts;
        this.lifetime = LIFETIME;
        this.clock = clock;
    }

    /** A signed-in browser: whose it is, and the token its forms must carry. */
    public record SignedIn(String client, String csrfToken) {
    }

    /** How long a sign-in lasts. */
    public Duration lifetime() {
        return lifetime;
    }

    /** The cookie value for a client that has just shown its key. */
    public String issue(String client) {
        byte[] nonce = new byte[18];
        random.nextBytes(nonce);
        String payload = B64.encodeToString(client.getBytes(StandardCharsets.UTF_8)) + "."
                + clock.instant().plus(lifetime).getEpochSecond() + "." + B64.encodeToString(nonce);
        return payload + "." + B64.encodeToString(mac(client, payload));
    }

    /**
     * Who this cookie value signs in, if it is genuine, unexpired, not signed out and its client's key still exists.
     */
    public Optional<SignedIn> verify(String value) {
        return genuine(value).filter(cookie -> !signOuts.revoked(cookie.nonce())).map(Genuine::signedIn);
    }

    /**
     * Signs this cookie out for good, on every instance, until it would have expired; a cookie that is not genuine
     * (or expired) signs nothing in and needs no record.
     */
    public void signOut(String value) {
        genuine(value).ifPresent(cookie -> signOuts.revoke(cookie.nonce(), cookie.expires()));
    }

    private record Genuine(SignedIn signedIn, String nonce, Instant expires) {
    }

    private Optional<Genuine> genuine(String value) {
        String[] parts = value == null ? new String[0] : value.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            String client = new String(B64D.decode(parts[0]), StandardCharsets.UTF_8);
            String payload = parts[0] + "." + parts[1] + "." + parts[2];
            if (!keys.hasClient(client)
                    || !MessageDigest.isEqual(mac(client, payload), B64D.decode(parts[3]))
                    || Long.parseLong(parts[1]) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(new Genuine(new SignedIn(client, B64.encodeToString(mac(client, "csrf." + parts[2]))),
                    parts[2], Instant.ofEpochSecond(Long.parseLong(parts[1]))));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** Whether a token sent back by the page is this sign-in's CSRF token (compared in constant time). */
    public static boolean csrfMatches(SignedIn signedIn, String sent) {
        return sent != null && MessageDigest.isEqual(signedIn.csrfToken().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mac(String client, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.digestOf(client), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
