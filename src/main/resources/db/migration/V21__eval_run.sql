-- Evaluation runs (issue 24): a run and each answered case, so a restart resumes a run without asking a model
-- again for a case it answered. Portable H2/PostgreSQL.
create table eval_run (
    id              varchar(36)  primary key,
    owner           varchar(200) not null,
    status          varchar(20)  not null,
    request         text         not null,
    total           integer      not null,
    message         text,
    created_at      timestamp    not null,
    updated_at      timestamp    not null
);
create index eval_run_owner_created on eval_run (owner, created_at);
create index eval_run_status on eval_run (status);

create table eval_result (
    run_id          varchar(36)  not null references eval_run (id) on delete cascade,
    case_key        varchar(500) not null,
    result          text         not null,
    created_at      timestamp    not null,
    primary key (run_id, case_key)
);
