package org.tongban.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/** A mainland mobile number: 11 digits starting with 13–19. {@link #toString()} is masked. */
public final class MobileNumber {

    private static final Pattern PATTERN = Pattern.compile("1[3-9]\\d{9}");

    private final String value;

    private MobileNumber(String value) {
        this.value = value;
    }

    public static MobileNumber of(String raw) {
        return parse(raw).orElseThrow(() -> BusinessException.onField("mobile", CommonError.MOBILE_INVALID));
    }

    public static Optional<MobileNumber> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String candidate = raw.strip();
        return PATTERN.matcher(candidate).matches() ? Optional.of(new MobileNumber(candidate)) : Optional.empty();
    }

    public String value() {
        return value;
    }

    public String masked() {
        return Masking.mobile(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MobileNumber that && value.equals(that.value);
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
