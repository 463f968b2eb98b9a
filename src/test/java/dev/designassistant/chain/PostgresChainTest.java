package dev.designassistant.chain;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same chain behaviour on the local PostgreSQL, with the pg datasource active. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresChainTest extends ChainTest {
}
