package org.tongban.shared;

import java.util.List;

/**
 * A named business failure. It carries a stable {@link ErrorCode}, the arguments its message needs and,
 * when the failure belongs to input fields, the field violations. The web edge turns it into a
 * Problem Details response or field messages in Chinese; nothing in the domain formats text.
 */
public class BusinessException extends RuntimeException {

    private final transient ErrorCode code;
    private final transient Object[] arguments;
    private final transient List<FieldViolation> violations;

    public BusinessException(ErrorCode code, Object... arguments) {
        this(code, List.of(), arguments);
    }

    public BusinessException(ErrorCode code, List<FieldViolation> violations, Object... arguments) {
        super(code.name());
        this.code = code;
        this.arguments = arguments.clone();
        this.violations = List.copyOf(violations);
    }

    /** A failure of one input field: the message is the code's own. */
    public static BusinessException onField(String field, ErrorCode code, Object... arguments) {
        return new BusinessException(code, List.of(new FieldViolation(field, code, arguments)), arguments);
    }

    public ErrorCode code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** One field and what is wrong with it. */
    public record FieldViolation(String field, ErrorCode code, Object... arguments) {
    }
}
