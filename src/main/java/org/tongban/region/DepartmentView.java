package org.tongban.region;

import org.tongban.shared.RegionCode;

/**
 * A department (实施主体). {@code code} is its 统一社会信用代码; {@code kind} is STATUTORY (法定机关),
 * AUTHORIZED (授权组织) or ENTRUSTED (受委托组织).
 */
public record DepartmentView(String code, String name, String shortName, String regionCode, String kind) {

    /** The department's region, typed for calls across modules (the JSON keeps the string). */
    public RegionCode region() {
        return RegionCode.of(regionCode);
    }
}
