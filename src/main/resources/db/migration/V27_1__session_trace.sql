-- Traces (issue 26): the span a session's steps continue from, as a W3C traceparent, so that steps answered on
-- another instance or after a restart join the brief's trace. Only written while tracing is on. Portable H2/PostgreSQL.
-- Numbered 27.1, after V27 which main had applied first: a database already at V27 takes it.
create table session_trace (
    session_id      varchar(36)  primary key references session (id) on delete cascade,
    trace_parent    varchar(55)  not null
);
