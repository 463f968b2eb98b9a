package dev.designassistant.api;

import dev.designassistant.llm.FaultProfiles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The LLM reply rows with sessions on the local PostgreSQL, which cannot store a NUL at all. */
@QuarkusTest
@TestProfile(FaultProfiles.Postgres.class)
class PostgresLlmReplyCorpusTest extends LlmReplyCorpusTest {
}
