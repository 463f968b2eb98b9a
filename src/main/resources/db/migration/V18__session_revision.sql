-- Revisions (issue 18): a session started from another one with changed parameters. Portable H2/PostgreSQL.
create table session_revision (
    session_id      varchar(36)  primary key references session (id) on delete cascade,
    revision_of     varchar(36)  not null
);
create index session_revision_of on session_revision (revision_of);
