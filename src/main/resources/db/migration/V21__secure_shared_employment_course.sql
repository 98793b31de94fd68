-- Issue 21: guidance courses of a second kind, "secure shared employment" (sikker delt ansættelse). A cooperative asks
-- for advice on setting up job sharing or employee sharing; the course runs on the partnerships module's machinery
-- (intake, consultant, meetings and next steps, stages, outcome, rating) with its own stages, outcomes and checklist.

alter table guidance_course
    add column kind text not null default 'PARTNERSHIP' check (kind in ('PARTNERSHIP', 'SECURE_EMPLOYMENT'));

-- The secure-employment course's own stages: intake → clarifying → plan → agreements in place → follow-up → closed.
alter table guidance_course drop constraint guidance_course_stage_check;
alter table guidance_course add constraint guidance_course_stage_check
    check (stage in ('INTAKE', 'CLARIFYING', 'PARTNER_FOUND', 'AGREEMENT', 'PLAN', 'AGREEMENTS_IN_PLACE', 'FOLLOW_UP',
                     'CLOSED'));

-- And its outcomes: secure terms in place, the cooperative decided not to share (with a reason), no help needed.
alter table guidance_course drop constraint guidance_course_outcome_check;
alter table guidance_course add constraint guidance_course_outcome_check
    check (outcome in ('PARTNERSHIP', 'NO_PARTNERSHIP', 'NO_HELP_NEEDED', 'TERMS_SECURED', 'NO_SHARING'));

create index guidance_course_kind_idx on guidance_course (kind, intake_status);

-- Its checklist, kept as data with every version like the partnership models' checklists.
alter table partnership_checklist drop constraint partnership_checklist_model_check;
alter table partnership_checklist add constraint partnership_checklist_model_check
    check (model in ('SUBCONTRACTING', 'INCLUSIVE_HR', 'JOINT_ENTERPRISE', 'SECURE_SHARED_EMPLOYMENT'));

insert into partnership_checklist (model, version_no, items, changed_at) values
('SECURE_SHARED_EMPLOYMENT', 1, E'Overenskomst: hvilken, og løn mindst på dens niveau\nPension: ordning og sats\nArbejdstidsplanlægning: 48 timer i gennemsnit og 11 timers hvile på tværs af alle aftaler\nAnsættelsesbeviser: over 3 timer om ugen, senest 7 dage efter start\nPuljeaftale mellem medlemmerne med solidarisk hæftelse\nFordeling af omkostninger\nRegler for udtræden', now());
