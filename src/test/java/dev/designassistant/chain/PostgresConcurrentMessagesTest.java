package dev.designassistant.chain;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same concurrent questions with sessions on the local PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresConcurrentMessagesTest extends ConcurrentMessagesTest {
}
