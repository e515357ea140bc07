-- An application question that participants already answered is retired instead of deleted, so their answers stay:
-- a retired question is no longer asked of new applicants but is still shown next to the answers given to it.

alter table application_question add column retired_at timestamp with time zone;
