package dev.designassistant.session;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same outages with sessions on the local PostgreSQL. */
@QuarkusTest
@TestProfile(DataOutageProfiles.Postgres.class)
class PostgresDataOutageTest extends DataOutageTest {
}
