package dev.designassistant.revision;

import dev.designassistant.chain.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Revisions and diffs on the local PostgreSQL (the session_revision migration on both databases). */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresRevisionResourceTest extends RevisionResourceTest {
}
