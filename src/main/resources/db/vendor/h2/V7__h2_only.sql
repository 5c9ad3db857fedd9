-- H2 counterpart of the PostgreSQL-only migration: nothing to add (no hash indexes, no PL/pgSQL triggers).
select 1;
