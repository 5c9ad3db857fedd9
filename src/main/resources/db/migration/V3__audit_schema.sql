-- Audit: an append-only log, each record hash-chained (SM3) to the one before it.
-- The chain head holds the last sequence and hash, so that deleting the newest rows is detected too.

create table audit_record (
    sequence       bigint primary key,
    recorded_at    timestamp with time zone not null,
    actor          varchar(64)              not null,
    role           varchar(32)              not null,
    actor_region   varchar(12),
    action         varchar(64)              not null,
    resource_type  varchar(64)              not null,
    resource_id    varchar(128),
    detail         varchar(1000),
    source_address varchar(64),
    request_id     varchar(64),
    previous_hash  varchar(64)              not null,
    hash           varchar(64)              not null
);

create index audit_record_region_idx on audit_record (actor_region, sequence);

create table audit_chain_head (
    id            integer primary key,
    last_sequence bigint      not null,
    last_hash     varchar(64) not null
);

insert into audit_chain_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
