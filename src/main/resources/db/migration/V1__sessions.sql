-- Sessions, their messages and the follow-up chain. Portable between H2 (PostgreSQL mode) and PostgreSQL.

create table session (
    id              varchar(36)  primary key,
    owner           varchar(200) not null,
    template_id     varchar(100) not null,
    template_hash   varchar(80)  not null,
    parameters      text         not null,
    warnings        text         not null,
    model           varchar(100) not null,
    created_at      timestamp    not null,
    updated_at      timestamp    not null
);
create index session_owner_created on session (owner, created_at);

create table chain_step (
    session_id      varchar(36)  not null references session (id) on delete cascade,
    idx             integer      not null,
    kind            varchar(20)  not null,
    question        text         not null,
    status          varchar(20)  not null,
    reason          text,
    claimed_by      varchar(100),
    lease_until     timestamp,
    started_at      timestamp,
    finished_at     timestamp,
    primary key (session_id, idx)
);
create index chain_step_status on chain_step (status);

create table message (
    session_id      varchar(36)  not null references session (id) on delete cascade,
    seq             integer      not null,
    role            varchar(16)  not null,
    content         text         not null,
    step_idx        integer,
    model           varchar(100),
    input_tokens    integer,
    output_tokens   integer,
    latency_ms      bigint,
    created_at      timestamp    not null,
    primary key (session_id, seq)
);
create unique index message_step_role on message (session_id, step_idx, role);

create table idempotency_key (
    owner           varchar(200) not null,
    idem_key        varchar(200) not null,
    request_hash    varchar(80)  not null,
    status          varchar(20)  not null,
    response_status integer,
    response_body   text,
    location        varchar(300),
    created_at      timestamp    not null,
    primary key (owner, idem_key)
);
