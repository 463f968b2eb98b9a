-- The response cache (issue 23): answers of identical calls, shared by every instance. Portable H2/PostgreSQL.
-- cache_key is the SHA-256 of the call (scope, configured model, upstream model id, sampling settings, messages);
-- rows past expires_at are never read and are removed in bounded batches.
create table response_cache (
    cache_key       varchar(64)  primary key,
    model           varchar(100) not null,
    model_id        varchar(200),
    content         text         not null,
    finish_reason   varchar(40),
    input_tokens    integer,
    output_tokens   integer,
    created_at      timestamp    not null,
    expires_at      timestamp    not null
);
create index response_cache_expires on response_cache (expires_at);
create index response_cache_created on response_cache (created_at);
