package org.tongban.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tongban.shared.BusinessException.FieldViolation;

/**
 * Collects every problem of one input before anything changes, so a person sees all of them at once,
 * each next to its field. {@link #throwIfAny()} ends the check.
 */
public final class InputCheck {

    private final List<FieldViolation> violations = new ArrayList<>();

    /** A required text: stripped, not blank, at most {@code maxLength} characters, no control characters. */
    public String required(String field, String value, int maxLength) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            add(field, CommonError.FIELD_REQUIRED);
            return null;
        }
        return bounded(field, stripped, maxLength);
    }

    /** An optional text: null when blank, otherwise checked like {@link #required}. */
    public String optional(String field, String value, int maxLength) {
        String stripped = value == null ? "" : value.strip();
        return stripped.isEmpty() ? null : bounded(field, stripped, maxLength);
    }

    /** An optional text of several lines: like {@link #optional}, but line breaks and tabs are allowed. */
    public String optionalLines(String field, String value, int maxLength) {
        String stripped = value == null ? "" : value.strip();
        return stripped.isEmpty() ? null : bounded(field, stripped, maxLength, true);
    }

    private String bounded(String field, String stripped, int maxLength) {
        return bounded(field, stripped, maxLength, false);
    }

    private String bounded(String field, String stripped, int maxLength, boolean lines) {
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            add(field, CommonError.FIELD_TOO_LONG, maxLength);
            return null;
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')))) {
            add(field, CommonError.INVALID_INPUT);
            return null;
        }
        return stripped;
    }

    /** A required value parsed by {@code parser}; {@code invalid} is reported when it does not parse. */
    public <T> T parsed(String field, String value, Function<String, Optional<T>> parser, ErrorCode invalid) {
        String text = required(field, value, 64);
        if (text == null) {
            return null;
        }
        Optional<T> parsed = parser.apply(text);
        if (parsed.isEmpty()) {
            add(field, invalid);
            return null;
        }
        return parsed.get();
    }

    /** A required ISO date ({@code 2026-01-31}); {@code invalid} is reported when it is not one. */
    public LocalDate date(String field, String value, ErrorCode invalid, Object... arguments) {
        String text = required(field, value, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            add(field, invalid, arguments);
            return null;
        }
    }

    /** An optional date ({@code yyyy-MM-dd}): null when blank; a violation when it is not a date. */
    public LocalDate optionalDate(String field, String value, ErrorCode invalid, Object... arguments) {
        return value == null || value.isBlank() ? null : date(field, value.strip(), invalid, arguments);
    }

    /**
     * An optional constant of {@code type} named exactly by {@code value}: null when blank; an unknown name is
     * an {@link CommonError#INVALID_INPUT} on the field, never a silent "all".
     */
    public <E extends Enum<E>> E optionalEnum(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        add(field, CommonError.INVALID_INPUT);
        return null;
    }

    public void check(boolean ok, String field, ErrorCode code, Object... arguments) {
        if (!ok) {
            add(field, code, arguments);
        }
    }

    public boolean hasProblem(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    public void add(String field, ErrorCode code, Object... arguments) {
        if (!hasProblem(field)) {
            violations.add(new FieldViolation(field, code, arguments));
        }
    }

    /** The problems found so far, in the order found. */
    public List<FieldViolation> violations() {
        return List.copyOf(violations);
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new BusinessException(CommonError.INVALID_INPUT, violations);
        }
    }

    /** One optional enum request parameter, checked alone: {@link #optionalEnum} that throws at once. */
    public static <E extends Enum<E>> E enumParameter(Class<E> type, String field, String value) {
        InputCheck check = new InputCheck();
        E parsed = check.optionalEnum(field, value, type);
        check.throwIfAny();
        return parsed;
    }
}
