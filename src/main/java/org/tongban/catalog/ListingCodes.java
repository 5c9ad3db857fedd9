package org.tongban.catalog;

import java.util.Map;

/**
 * 实施编码: the implementing department's 18-character credit code, one digit for the level it acts at,
 * and the 12-character basic code; plus a 2-digit 业务办理项 number when the listing is one.
 */
final class ListingCodes {

    private static final Map<String, Character> LEVEL_DIGITS = Map.of("PROVINCE", '2', "CITY", '3', "COUNTY", '4',
            "TOWNSHIP", '5', "VILLAGE", '6');

    private ListingCodes() {
    }

    static String of(String creditCode, String level, String basicCode, String handlingItem) {
        String code = creditCode + LEVEL_DIGITS.get(level) + basicCode;
        return handlingItem == null || handlingItem.isBlank() ? code : code + handlingItem;
    }
}
