package dev.designassistant.api;

import dev.designassistant.session.Owner;
import jakarta.enterprise.context.RequestScoped;

/** The client making the current request: the owner of the sessions it creates and the only one who sees them. */
@RequestScoped
public class Caller {

    private String client = Owner.ANONYMOUS;

    /** The client's name; {@link Owner#ANONYMOUS} when access control is off. */
    public String owner() {
        return client;
    }

    void authenticate(String client) {
        this.client = client;
    }
}
