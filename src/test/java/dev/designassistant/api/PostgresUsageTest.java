package dev.designassistant.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The daily token budget and usage with sessions on the local PostgreSQL (shared by every instance). */
@QuarkusTest
@TestProfile(UsageTest.DailyBudgetOnPostgres.class)
class PostgresUsageTest extends UsageTest {
}
