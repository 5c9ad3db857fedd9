-- ShedLock: one row per scheduled job; the instance that holds the row runs the job (see org.tongban.cluster).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
