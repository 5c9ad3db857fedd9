package org.tongban.region;

/** The five levels of administration, from province to village (五级). */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE
}
