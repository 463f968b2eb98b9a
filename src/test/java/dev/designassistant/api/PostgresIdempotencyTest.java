package dev.designassistant.api;

import dev.designassistant.chain.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Idempotency keys on the local PostgreSQL, where several instances share them. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresIdempotencyTest extends IdempotencyTest {
}
