package dev.designassistant.chain;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same response cache with sessions and the cache on the local PostgreSQL. */
@QuarkusTest
@TestProfile(CacheProfiles.Postgres.class)
class PostgresResponseCacheTest extends ResponseCacheTest {
}
