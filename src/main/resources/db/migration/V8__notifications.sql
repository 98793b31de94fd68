-- Notifications: what members see in their notification centre, and the outbox of e-mails to send.

create table notification (
    id           bigint generated always as identity primary key,
    recipient_id bigint      not null references account (id) on delete cascade,
    -- a NoticeKind; no check constraint, so that modules can add kinds without a migration
    kind         text        not null,
    -- the text is rendered when it is shown, in the reader's language, from the key and its arguments
    message_key  text        not null,
    params       jsonb       not null default '[]' check (jsonb_typeof(params) = 'array'),
    -- a path on this site (never another site's address)
    link         text        not null check (link like '/%' and link not like '//%'),
    created_at   timestamptz not null,
    read_at      timestamptz
);

-- the notification centre: a member's newest first
create index notification_recipient_idx on notification (recipient_id, created_at desc, id desc);
-- the unread count in every page's header: only unread rows are in this index
create index notification_unread_idx on notification (recipient_id) where read_at is null;

-- E-mails, written in the recipient's language when they are queued, in the transaction of what
-- they tell about (a transactional outbox), and sent later by a poller with retries.
create table mail_outbox (
    id                   bigint generated always as identity primary key,
    recipient_email      text        not null,
    -- the recipient's account when they have one (an invitee has none yet)
    recipient_account_id bigint      references account (id) on delete cascade,
    locale               text        not null,
    subject              text        not null,
    body_text            text        not null,
    body_html            text,
    -- LOCAL: no mail server configured (development, demo, tests); kept here to be read on /demo/outbox
    status               text        not null default 'PENDING'
                                     check (status in ('PENDING', 'SENT', 'FAILED', 'LOCAL')),
    attempts             integer     not null default 0,
    next_attempt_at      timestamptz not null,
    last_error           text,
    created_at           timestamptz not null,
    sent_at              timestamptz
);

-- the poller's question: which pending mails are due?
create index mail_outbox_due_idx on mail_outbox (next_attempt_at, id) where status = 'PENDING';
-- the demo outbox page (newest first) and the retention clean-up
create index mail_outbox_created_idx on mail_outbox (created_at desc, id desc);
