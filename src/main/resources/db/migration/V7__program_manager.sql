-- Who manages which program. Participant data of a program is visible to its managers only. The creator of a
-- program manages it; existing programs get their creator.

create table program_manager (
    program_id bigint       not null references program (id) on delete cascade,
    username   varchar(100) not null,
    primary key (program_id, username)
);
create index ix_program_manager_username on program_manager (username);

insert into program_manager (program_id, username) select id, created_by from program;
