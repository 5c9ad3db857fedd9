-- PostgreSQL only: a hash index for Modulith's lookups by serialized event, and a trigger that
-- makes the audit log append-only at the database level (H2 lacks both; the hash chain still
-- detects any change there).

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);

create function audit_record_append_only() returns trigger language plpgsql as
$$
begin
    raise exception 'audit_record is append-only';
end;
$$;

create trigger audit_record_append_only
    before update or delete on audit_record
    for each row execute function audit_record_append_only();
