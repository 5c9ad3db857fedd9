-- Whether a logged query may become a hot term: it found a service by its own words (not a typo read through
-- pinyin, not a question answered only by likeness), so that hot terms show what people should type.

alter table search_query add column suggestible boolean default true not null;
