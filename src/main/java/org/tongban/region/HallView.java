package org.tongban.region;

import java.math.BigDecimal;
import java.util.List;
import org.tongban.shared.RegionCode;

/**
 * A service hall: SERVICE_CENTER (政务服务中心, city and county), CONVENIENCE_CENTER (便民服务中心,
 * township) or CONVENIENCE_STATION (便民服务站, village), with its windows.
 */
public record HallView(String code, String name, String kind, String regionCode, String address, BigDecimal latitude,
        BigDecimal longitude, String openingHours, String phone, List<Window> windows) {

    /** The hall's region, typed for calls across modules (the JSON keeps the string). */
    public RegionCode region() {
        return RegionCode.of(regionCode);
    }

    public record Window(String number, String name, String kind) {
    }
}
