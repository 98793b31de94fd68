-- Second factor (issue 13): an authenticator app (TOTP, RFC 6238) and single-use recovery codes.

-- Whether the member signs in with a second factor; read into the principal at sign-in.
alter table account add column two_factor_enabled boolean not null default false;

create table account_totp (
    account_id     bigint primary key references account (id) on delete cascade,
    -- the shared secret (20 random bytes); the authenticator app holds the same
    secret         bytea       not null,
    created_at     timestamptz not null,
    -- null while the member is setting it up: it counts only once a code from the app has been accepted
    confirmed_at   timestamptz,
    -- the last time step whose code was accepted: a code is never accepted twice (RFC 6238 §5.2)
    last_used_step bigint      not null default 0
);

create table account_recovery_code (
    id         bigint generated always as identity primary key,
    account_id bigint      not null references account (id) on delete cascade,
    -- SHA-256 of the code; the code itself is shown once, when it is made
    code_hash  text        not null,
    created_at timestamptz not null,
    used_at    timestamptz
);

create index account_recovery_code_account_idx on account_recovery_code (account_id) where used_at is null;
