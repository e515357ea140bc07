-- Locks of scheduled jobs shared by all instances (ShedLock): one row per job name, held until lock_until.
create table shedlock (
    name       varchar(64)              not null primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255)             not null
);
