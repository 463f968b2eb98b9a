package dev.designassistant.api;

import dev.designassistant.chain.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The same corpus with sessions on the local PostgreSQL, where some bad text fails differently (a NUL cannot be
 * stored at all): the rows must still get their exact 4xx.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresBadInputCorpusTest extends BadInputCorpusTest {
}
