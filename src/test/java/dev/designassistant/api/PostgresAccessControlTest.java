package dev.designassistant.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The access-control matrix with sessions on the local PostgreSQL. */
@QuarkusTest
@TestProfile(AccessProfiles.TwoClientsOnPostgres.class)
class PostgresAccessControlTest extends AccessControlTest {
}
