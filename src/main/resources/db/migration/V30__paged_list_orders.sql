-- Issue 20 (pages20): the long lists are paged in the order they are read, each with an index in that order.
-- The review queue reads the proposals awaiting review, the longest waiting first.
create index proposal_review_queue_idx on proposal (review_status, created_at, score desc, id)
    where kind in ('SINGLE', 'TEAM');
-- The consultants' roles list: newest first.
create index shared_role_newest_idx on shared_role (created_at desc, id desc);
-- The consultants' organisations list: one verification status, oldest first.
create index organisation_status_created_idx on organisation (verification_status, created_at, id);
