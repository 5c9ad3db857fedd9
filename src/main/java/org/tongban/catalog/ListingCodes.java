package org.tongban.catalog;

import java.util.Map;

/**
 * 实施编码: the implementing department's 18-character credit code, one digit for the level it acts at,
 * and the 12-character basic code. A listing for one 业务办理项 (named in its content, e.g. 首次申领)
 * adds a 2-digit number, given in the order the handling items of that listing are created.
 */
final class ListingCodes {

    private static final Map<String, Character> LEVEL_DIGITS = Map.of("PROVINCE", '2', "CITY", '3', "COUNTY", '4',
            "TOWNSHIP", '5', "VILLAGE", '6');

    private ListingCodes() {
    }

    /** The 31-character 实施编码. */
    static String of(String creditCode, String level, String basicCode) {
        return creditCode + LEVEL_DIGITS.get(level) + basicCode;
    }

    /** The 33-character 业务办理项编码: the 实施编码 and the handling item's number, 01–99. */
    static String ofHandlingItem(String listingCode, int number) {
        return listingCode + String.format("%02d", number);
    }
}
