package dev.designassistant.web;

import dev.designassistant.api.AccessProfiles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The page's own surfaces with sessions (and signed-out cookies) on the local PostgreSQL. */
@QuarkusTest
@TestProfile(AccessProfiles.TwoClientsOnPostgres.class)
class PostgresPageSecurityTest extends PageSecurityTest {
}
