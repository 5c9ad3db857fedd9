package org.tongban.identity;

/** 实名等级: L1 registered; L2 ID number and mobile verified; L3 verified in person by staff. */
public enum RealNameLevel {
    L1, L2, L3
}
