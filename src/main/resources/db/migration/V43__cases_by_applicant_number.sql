-- 内容关联推荐: which items the applicants of one item also applied for, found by the applicant's number
-- (walk-ins at a window have no account, so the account is not enough).

create index cases_applicant_number_idx on cases (applicant_number, listing_code);
