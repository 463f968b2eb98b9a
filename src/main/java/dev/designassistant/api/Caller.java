package dev.designassistant.api;

import dev.designassistant.session.Owner;
import jakarta.enterprise.context.RequestScoped;

/** The client making the current request: the owner of the sessions it creates and the only one who sees them. */
@RequestScoped
public class Caller {

    private String client = Owner.ANONYMOUS;
    private boolean known;
    private String csrfToken;

    /** The client's name; {@link Owner#ANONYMOUS} when access control is off. */
    public String owner() {
        return client;
    }

    /** Whether the request showed a valid API key or a signed-in browser's cookie. */
    public boolean known() {
        return known;
    }

    /** The CSRF token of a signed-in browser; null for requests with an API key or without access control. */
    public String csrfToken() {
        return csrfToken;
    }

    void authenticate(String client) {
        this.client = client;
        this.known = true;
    }

    void signedIn(BrowserSessions.SignedIn browser) {
        authenticate(browser.client());
        this.csrfToken = browser.csrfToken();
    }
}
