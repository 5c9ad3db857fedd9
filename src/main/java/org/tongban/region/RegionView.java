package org.tongban.region;

/** A region as other modules and clients see it. */
public record RegionView(String code, String name, RegionLevel level, String parentCode, String fullName) {
}
