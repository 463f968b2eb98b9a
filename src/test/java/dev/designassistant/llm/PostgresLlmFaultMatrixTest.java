package dev.designassistant.llm;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same fault matrix with sessions on the local PostgreSQL. */
@QuarkusTest
@TestProfile(FaultProfiles.Postgres.class)
class PostgresLlmFaultMatrixTest extends LlmFaultMatrixTest {
}
