-- Accounts people can trust (issue 13): confirmed e-mail addresses, single-use links for e-mail changes,
-- e-mail confirmation and password resets, per-kind e-mail notice choices, and rate-limit buckets.

-- When the member confirmed their current e-mail address by a link; null: not confirmed yet.
alter table account add column email_verified_at timestamptz;
-- Everybody who has an account today signed up before confirmation existed: they count as confirmed.
update account set email_verified_at = created_at;

-- A link sent by e-mail. Only the SHA-256 hash of its random token is stored (as staff invitations do).
create table account_token (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    purpose     text        not null check (purpose in ('EMAIL_CHANGE', 'EMAIL_VERIFICATION', 'PASSWORD_RESET')),
    -- the address the link was sent to (for EMAIL_CHANGE: the new address, which takes effect on use)
    email       text        not null check (email = lower(email)),
    token_hash  text        not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);

create unique index account_token_hash_uk on account_token (token_hash);
create index account_token_account_idx on account_token (account_id, purpose);

-- Kinds of notice that a member does not want e-mailed (the notice still reaches their notification centre).
create table notice_mail_opt_out (
    account_id bigint not null references account (id) on delete cascade,
    kind       text   not null,
    primary key (account_id, kind)
);

-- Bucket4j's token buckets (its PostgreSQL integration, select-for-update), so that rate limits hold across
-- every node. expires_at (epoch milliseconds) lets a job remove buckets that have refilled.
create table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expiry_idx on rate_limit_bucket (expires_at);

-- Matching leaves out freelancers who have not confirmed their address: a small, indexed set.
create index account_unconfirmed_idx on account (id) where email_verified_at is null;
