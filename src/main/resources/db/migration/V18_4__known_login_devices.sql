-- Devices that signed in before (issue 13, review finding 3): a browser that signed in to an account gets a random
-- token in a cookie; its hash is kept here with the hash of the account's e-mail. Such a device is throttled on its
-- own failures only, so somebody who guesses passwords elsewhere cannot lock the owner out.
create table known_login_device (
    token_hash   text        primary key,
    email_key    text        not null,
    created_at   timestamptz not null,
    last_used_at timestamptz not null
);

create index known_login_device_email_idx on known_login_device (email_key);
