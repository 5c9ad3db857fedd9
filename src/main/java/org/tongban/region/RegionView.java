package org.tongban.region;

import org.tongban.shared.RegionCode;

/** A region as other modules and clients see it. */
public record RegionView(String code, String name, RegionLevel level, String parentCode, String fullName) {

    /** The code, typed for calls across modules (the JSON keeps the string). */
    public RegionCode regionCode() {
        return RegionCode.of(code);
    }
}
