package org.tongban.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence and an ISO 7064
 * MOD 11-2 check character. Built only from a valid value; {@link #toString()} is masked so a number
 * never reaches a log line by accident.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** Parses and validates; throws a field error on {@code idNumber} when the value is not a valid number. */
    public static IdNumber of(String raw) {
        return parse(raw).orElseThrow(() -> BusinessException.onField("idNumber", CommonError.ID_NUMBER_INVALID));
    }

    public static Optional<IdNumber> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String candidate = raw.strip().toUpperCase(Locale.ROOT);
        return isValid(candidate) ? Optional.of(new IdNumber(candidate)) : Optional.empty();
    }

    static boolean isValid(String candidate) {
        if (candidate.length() != 18 || !candidate.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (candidate.charAt(0) < '1' || candidate.charAt(0) > '8') {
            return false;
        }
        if (!validBirthDate(candidate.substring(6, 14))) {
            return false;
        }
        return candidate.charAt(17) == checkCharacter(candidate.substring(0, 17));
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static boolean validBirthDate(String yyyymmdd) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
            return date.getYear() >= 1900 && !date.isAfter(LocalDate.now());
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    public String masked() {
        return Masking.idNumber(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
