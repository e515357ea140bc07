-- Participant profiles: skills offered and wanted from a taxonomy administrators can extend, interests, work-style
-- answers, weekly availability, meeting mode, languages and the confidential "do not match me with" list.

-- The skill taxonomy. Shipped skills have their names in the message bundle (skill.<code>); custom skills added by
-- an administrator carry their own name. A retired skill stays on the profiles that have it but is not offered.
create table skill (
    code       varchar(64)              primary key,
    category   varchar(32)              not null,
    name       varchar(100),
    shipped    boolean                  not null,
    retired_at timestamp with time zone,
    created_at timestamp with time zone not null,
    created_by varchar(100)             not null
);

-- One row per participant once they have saved their profile; no row means an empty profile (version 0).
create table profile (
    participant_id bigint                   primary key references participant (id),
    interests      varchar(1000),
    time_zone      varchar(64),
    meeting_mode   varchar(16),
    updated_at     timestamp with time zone not null,
    updated_by     varchar(100)             not null,
    version        bigint                   not null
);

create table profile_skill (
    participant_id bigint      not null references profile (participant_id) on delete cascade,
    direction      varchar(8)  not null,
    skill_code     varchar(64) not null references skill (code),
    skill_level    integer     not null,
    primary key (participant_id, direction, skill_code)
);

create table profile_answer (
    participant_id bigint  not null references profile (participant_id) on delete cascade,
    statement_no   integer not null,
    answer         integer not null,
    primary key (participant_id, statement_no)
);

create table profile_slot (
    participant_id bigint     not null references profile (participant_id) on delete cascade,
    slot_no        integer    not null,
    day_of_week    varchar(9) not null,
    start_time     time       not null,
    end_time       time       not null,
    primary key (participant_id, slot_no)
);

create table profile_language (
    participant_id bigint      not null references profile (participant_id) on delete cascade,
    lang           varchar(8)  not null,
    primary key (participant_id, lang)
);

-- Confidential: read only for the participant themself and for matching, never shown to managers.
create table profile_do_not_match (
    participant_id  bigint      not null references profile (participant_id) on delete cascade,
    employee_number varchar(64) not null,
    primary key (participant_id, employee_number)
);

insert into skill (code, category, shipped, created_at, created_by) values
    ('spreadsheet-formulas', 'DIGITAL_TOOLS', true, current_timestamp, 'system'),
    ('presentation-design', 'DIGITAL_TOOLS', true, current_timestamp, 'system'),
    ('mobile-productivity', 'DIGITAL_TOOLS', true, current_timestamp, 'system'),
    ('cloud-files', 'DIGITAL_TOOLS', true, current_timestamp, 'system'),
    ('password-hygiene', 'DIGITAL_TOOLS', true, current_timestamp, 'system'),
    ('video-editing', 'DIGITAL_TOOLS', true, current_timestamp, 'system'),
    ('no-code-automation', 'DIGITAL_TOOLS', true, current_timestamp, 'system'),
    ('online-research', 'DIGITAL_TOOLS', true, current_timestamp, 'system'),
    ('calendar-management', 'DIGITAL_TOOLS', true, current_timestamp, 'system'),
    ('professional-networking', 'SOCIAL_MEDIA', true, current_timestamp, 'system'),
    ('short-video', 'SOCIAL_MEDIA', true, current_timestamp, 'system'),
    ('employer-branding', 'SOCIAL_MEDIA', true, current_timestamp, 'system'),
    ('community-management', 'SOCIAL_MEDIA', true, current_timestamp, 'system'),
    ('content-planning', 'SOCIAL_MEDIA', true, current_timestamp, 'system'),
    ('social-listening', 'SOCIAL_MEDIA', true, current_timestamp, 'system'),
    ('personal-brand', 'SOCIAL_MEDIA', true, current_timestamp, 'system'),
    ('online-etiquette', 'SOCIAL_MEDIA', true, current_timestamp, 'system'),
    ('generative-ai-basics', 'AI_DATA', true, current_timestamp, 'system'),
    ('prompt-writing', 'AI_DATA', true, current_timestamp, 'system'),
    ('ai-risks', 'AI_DATA', true, current_timestamp, 'system'),
    ('data-visualisation', 'AI_DATA', true, current_timestamp, 'system'),
    ('dashboard-reading', 'AI_DATA', true, current_timestamp, 'system'),
    ('data-privacy', 'AI_DATA', true, current_timestamp, 'system'),
    ('statistics-basics', 'AI_DATA', true, current_timestamp, 'system'),
    ('spotting-misinformation', 'AI_DATA', true, current_timestamp, 'system'),
    ('automation-opportunities', 'AI_DATA', true, current_timestamp, 'system'),
    ('chat-workspaces', 'COLLABORATION', true, current_timestamp, 'system'),
    ('video-meetings', 'COLLABORATION', true, current_timestamp, 'system'),
    ('shared-documents', 'COLLABORATION', true, current_timestamp, 'system'),
    ('virtual-whiteboards', 'COLLABORATION', true, current_timestamp, 'system'),
    ('async-work', 'COLLABORATION', true, current_timestamp, 'system'),
    ('task-boards', 'COLLABORATION', true, current_timestamp, 'system'),
    ('hybrid-meetings', 'COLLABORATION', true, current_timestamp, 'system'),
    ('remote-onboarding', 'COLLABORATION', true, current_timestamp, 'system'),
    ('generational-perspectives', 'INCLUSION', true, current_timestamp, 'system'),
    ('inclusive-language', 'INCLUSION', true, current_timestamp, 'system'),
    ('accessibility-basics', 'INCLUSION', true, current_timestamp, 'system'),
    ('neurodiversity-awareness', 'INCLUSION', true, current_timestamp, 'system'),
    ('cross-cultural-work', 'INCLUSION', true, current_timestamp, 'system'),
    ('early-career-expectations', 'INCLUSION', true, current_timestamp, 'system'),
    ('wellbeing-conversations', 'INCLUSION', true, current_timestamp, 'system'),
    ('allyship', 'INCLUSION', true, current_timestamp, 'system'),
    ('bias-awareness', 'INCLUSION', true, current_timestamp, 'system'),
    ('giving-feedback', 'LEADERSHIP', true, current_timestamp, 'system'),
    ('receiving-feedback', 'LEADERSHIP', true, current_timestamp, 'system'),
    ('coaching-conversations', 'LEADERSHIP', true, current_timestamp, 'system'),
    ('delegation', 'LEADERSHIP', true, current_timestamp, 'system'),
    ('change-communication', 'LEADERSHIP', true, current_timestamp, 'system'),
    ('decision-making', 'LEADERSHIP', true, current_timestamp, 'system'),
    ('storytelling', 'LEADERSHIP', true, current_timestamp, 'system'),
    ('purpose-driven-work', 'LEADERSHIP', true, current_timestamp, 'system'),
    ('flexible-work-leadership', 'LEADERSHIP', true, current_timestamp, 'system'),
    ('digital-customer-journey', 'CUSTOMER_INSIGHT', true, current_timestamp, 'system'),
    ('user-research', 'CUSTOMER_INSIGHT', true, current_timestamp, 'system'),
    ('online-reviews', 'CUSTOMER_INSIGHT', true, current_timestamp, 'system'),
    ('e-commerce-trends', 'CUSTOMER_INSIGHT', true, current_timestamp, 'system'),
    ('customer-communities', 'CUSTOMER_INSIGHT', true, current_timestamp, 'system'),
    ('service-design', 'CUSTOMER_INSIGHT', true, current_timestamp, 'system'),
    ('voice-of-customer', 'CUSTOMER_INSIGHT', true, current_timestamp, 'system'),
    ('younger-customer-habits', 'CUSTOMER_INSIGHT', true, current_timestamp, 'system');
