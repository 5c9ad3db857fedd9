package org.tongban.catalog;

import java.util.List;
import java.util.Map;

/** The quality of a set of listings: totals, findings per rule, and rows per department and region. */
public record QualitySummary(int listings, int errors, int warnings, Map<String, Integer> byRule,
        List<Row> byDepartment, List<Row> byRegion) {

    /** Listings, errors and warnings of one department or region. */
    public record Row(String code, String name, int listings, int errors, int warnings) {
    }
}
