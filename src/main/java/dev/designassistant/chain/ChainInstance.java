package dev.designassistant.chain;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/** This instance's name in step claims, and how long its claims last. */
@ApplicationScoped
public class ChainInstance {

    private final String id;
    private final Duration lease;

    public ChainInstance(ChainConfig config) {
        this.id = config.instanceId().orElseGet(ChainInstance::hostName);
        this.lease = config.lease();
    }

    public String id() {
        return id;
    }

    public Duration lease() {
        return lease;
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
