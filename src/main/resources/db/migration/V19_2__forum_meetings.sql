-- The development forum's meetings (procurement module): an agenda, minutes written afterwards, and who attended.
-- Members of the forum are municipalities and consultants.
create table forum_meeting (
    id          bigint generated always as identity primary key,
    title       text        not null,
    held_on     date        not null,
    agenda      text        not null,
    minutes     text        not null default '',
    created_by  bigint references account (id) on delete set null,
    created_at  timestamptz not null,
    version     bigint      not null default 0
);

create table forum_attendance (
    meeting_id  bigint not null references forum_meeting (id) on delete cascade,
    account_id  bigint not null references account (id) on delete cascade,
    primary key (meeting_id, account_id)
);
