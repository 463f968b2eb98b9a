-- Signed-out browsers (issue 27): a sign-in cookie is stateless (api.BrowserSessions), so `Sign out` records the
-- cookie's nonce here and every instance refuses it until the cookie would have expired anyway; then the row goes.
-- Portable H2/PostgreSQL.
create table revoked_sign_in (
    nonce           varchar(64)  primary key,
    expires_at      timestamp    not null
);
create index revoked_sign_in_expires on revoked_sign_in (expires_at);
