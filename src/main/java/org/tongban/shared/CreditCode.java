package org.tongban.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 17 characters from a 31-character alphabet and a MOD 31 check
 * character. Departments and enterprises are both identified by one.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /** Parses and validates; throws a field error on {@code creditCode} when the value is not a valid code. */
    public static CreditCode of(String raw) {
        return parse(raw).orElseThrow(() -> BusinessException.onField("creditCode", CommonError.CREDIT_CODE_INVALID));
    }

    public static Optional<CreditCode> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String candidate = raw.strip().toUpperCase(Locale.ROOT);
        return isValid(candidate) ? Optional.of(new CreditCode(candidate)) : Optional.empty();
    }

    static boolean isValid(String candidate) {
        if (candidate.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return false;
            }
        }
        return candidate.charAt(17) == checkCharacter(candidate.substring(0, 17));
    }

    /** The check character for the first 17 characters (each from the code alphabet). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CreditCode that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
