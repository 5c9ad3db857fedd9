package org.tongban.identity;

import org.springframework.security.core.AuthenticationException;
import org.tongban.shared.ErrorCode;

/** Why a sign-in failed, as a stable code with the arguments of its Chinese message. */
public class SignInException extends AuthenticationException {

    private final transient ErrorCode code;
    private final transient Object[] arguments;

    SignInException(ErrorCode code, Object... arguments) {
        super(code.name());
        this.code = code;
        this.arguments = arguments.clone();
    }

    public ErrorCode code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
