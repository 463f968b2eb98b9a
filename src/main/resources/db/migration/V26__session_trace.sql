-- Traces (issue 26): the span a session's steps continue from, as a W3C traceparent, so that steps answered on
-- another instance or after a restart join the brief's trace. Only written while tracing is on. Portable H2/PostgreSQL.
create table session_trace (
    session_id      varchar(36)  primary key references session (id) on delete cascade,
    trace_parent    varchar(55)  not null
);
