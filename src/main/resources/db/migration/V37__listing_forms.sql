-- 申请表单: a listing's own application form, a JSON Schema over fields of the shared field dictionary.
-- Listings without a row use the form of their basic catalog entry, or the default form.

create table listing_form (
    listing_code  varchar(33)              primary key,
    definition    text                     not null,
    updated_by    varchar(64)              not null,
    updated_at    timestamp with time zone not null
);
