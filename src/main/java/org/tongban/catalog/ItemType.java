package org.tongban.catalog;

import java.util.Arrays;
import java.util.Optional;

/** 事项类型: the kind of power or service, with its national two-digit code. */
public enum ItemType {
    LICENSING("01"), PENALTY("02"), ENFORCEMENT("03"), LEVY("04"), BENEFIT("05"), INSPECTION("06"),
    CONFIRMATION("07"), REWARD("08"), ADJUDICATION("09"), OTHER_POWER("10"), PUBLIC_SERVICE("20");

    private final String code;

    ItemType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ItemType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
