-- The listings of one basic entry, which the assistant reads to cite the guide of the asker's region.

create index listing_basic_code_idx on listing (basic_code, status);
