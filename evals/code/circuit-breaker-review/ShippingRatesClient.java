package shop.shipping;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;

public class ShippingRatesClient {

    private State state = State.CLOSED;
    private int failures;
    private long openedAt;

    public Rates rates(String zone) throws IOException {
        if (state == State.OPEN && System.currentTimeMillis() - openedAt > 10_000) {
            state = State.HALF_OPEN;
        }
        if (state == State.OPEN) {
            throw new BreakerOpenException("shipping-rates");
        }
        HttpURLConnection connection = (HttpURLConnection) URI.create("https://rates.internal/zones/" + zone).toURL().openConnection();
        connection.setConnectTimeout(1_000);
        connection.setReadTimeout(2_000);
        if (connection.getResponseCode() >= 500) {
            failures++;
            if (failures > 5) {
                state = State.OPEN;
                openedAt = System.currentTimeMillis();
            }
            throw new IOException("rates service answered " + connection.getResponseCode());
        }
        InputStream body = connection.getInputStream();
        failures = 0;
        state = State.CLOSED;
        return Rates.parse(body.readAllBytes());
    }

    enum State { CLOSED, OPEN, HALF_OPEN }
}
