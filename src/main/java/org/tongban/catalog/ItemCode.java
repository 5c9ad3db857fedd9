package org.tongban.catalog;

import java.util.Optional;
import java.util.regex.Pattern;
import org.tongban.shared.BusinessException;

/**
 * 事项编码 as it crosses module boundaries: the 12-digit 基本编码 of a basic catalog entry (基本目录), which every
 * listing's 实施编码 ends with. Text that cannot be an item code names no entry: {@link #parse} gives nothing for it,
 * and {@link #of} refuses it as {@link CatalogError#BASIC_ENTRY_NOT_FOUND}, exactly as an unknown code is refused.
 * Records keep the code as a string, so the JSON API is unchanged.
 */
public record ItemCode(String value) {

    private static final Pattern PATTERN = Pattern.compile("\\d{12}");

    public ItemCode {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new BusinessException(CatalogError.BASIC_ENTRY_NOT_FOUND);
        }
    }

    /** The item code of a record; refused as not found when it cannot be one. */
    public static ItemCode of(String value) {
        return new ItemCode(value);
    }

    /** The item code given in a request; empty when the text cannot be one. */
    public static Optional<ItemCode> parse(String value) {
        return value != null && PATTERN.matcher(value).matches() ? Optional.of(new ItemCode(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
