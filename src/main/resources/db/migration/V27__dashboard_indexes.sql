-- The dashboard's declining-pulse signal reads a pair's latest named post-session answers: find a pair's survey
-- instances without scanning every program's.
create index ix_survey_instance_pair on survey_instance (pair_id, opened_at);
