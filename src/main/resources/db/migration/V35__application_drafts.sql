-- Drafts (草稿): what an applicant has typed into a form, saved as they type and resumed on any device.

create table application_draft (
    owner       varchar(64)              not null,
    item_code   varchar(33)              not null,
    form_data   text                     not null,
    updated_at  timestamp with time zone not null,
    primary key (owner, item_code)
);
