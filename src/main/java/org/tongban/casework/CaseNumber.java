package org.tongban.casework;

import java.util.Optional;
import java.util.regex.Pattern;
import org.tongban.shared.BusinessException;

/**
 * 办件编号 as it crosses module boundaries: the listing's 实施编码, the day (yyyyMMdd) and a four-digit
 * sequence, at most 48 characters. Text that cannot be a case number names no case: it is refused as
 * {@link CaseError#CASE_NOT_FOUND}, exactly as an unknown number is, so numbers cannot be probed by their shape.
 */
public record CaseNumber(String value) {

    private static final Pattern PATTERN = Pattern.compile("[0-9A-Za-z-]{1,36}\\d{12}");

    public CaseNumber {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new BusinessException(CaseError.CASE_NOT_FOUND);
        }
    }

    /** The case number given in a request or a record; refused as not found when it cannot be one. */
    public static CaseNumber of(String value) {
        return new CaseNumber(value);
    }

    public static Optional<CaseNumber> parse(String value) {
        return value != null && PATTERN.matcher(value).matches() ? Optional.of(new CaseNumber(value))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
