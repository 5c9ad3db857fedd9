-- Application: files uploaded as materials. The bytes live in the FileStore; this table records who
-- uploaded what, its real type (detected from the bytes) and its SHA-256.

create table uploaded_file (
    id          varchar(36)              primary key,
    owner       varchar(64)              not null,
    file_key    varchar(200)             not null,
    name        varchar(200)             not null,
    media_type  varchar(100)             not null,
    size        bigint                   not null,
    sha256      varchar(64)              not null,
    created_at  timestamp with time zone not null
);

create index uploaded_file_owner_idx on uploaded_file (owner, created_at);
