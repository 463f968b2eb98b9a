-- Per-client rate-limit buckets shared by every instance (Bucket4j's PostgreSQL backend, api.ClientLimits).
-- Created on H2 too so that both databases have the same schema; a single H2 instance counts in memory.
create table rate_limit_bucket (
    id              varchar(250) primary key,
    state           bytea,
    expires_at      bigint
);
