package org.tongban.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 行政区划代码: 6 digits for province, city and county (GB/T 2260), 9 for a township and 12 for a
 * village (the statistical codes below the county). Every region below this one starts with
 * {@link #scopePrefix()}, which is how data scope is enforced in queries.
 *
 * <p>This is how a region crosses module boundaries ({@link DataScope}, the region directory, the catalog). Text
 * that cannot be a region code names no region: {@link #parse} gives nothing for it, so callers treat it exactly
 * as an unknown region, and the constructor refuses it as {@link CommonError#NOT_FOUND}. Records keep the code as
 * a string, so JSON is unchanged.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    private static final Pattern PATTERN = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

    public RegionCode {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw BusinessException.onField("regionCode", CommonError.NOT_FOUND);
        }
    }

    /** The region code of a record or a constant; refused as not found when it cannot be one. */
    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    /** The region code given in a request or a nullable column; empty when the text cannot be one. */
    public static Optional<RegionCode> parse(String raw) {
        return raw != null && PATTERN.matcher(raw).matches() ? Optional.of(new RegionCode(raw)) : Optional.empty();
    }

    /** The leading characters shared by this region and everything under it. */
    public String scopePrefix() {
        if (value.length() > 6) {
            return value;
        }
        if (value.endsWith("0000")) {
            return value.substring(0, 2);
        }
        if (value.endsWith("00")) {
            return value.substring(0, 4);
        }
        return value;
    }

    /** Whether {@code other} is this region or lies under it. */
    public boolean contains(String other) {
        return other != null && other.startsWith(scopePrefix());
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
