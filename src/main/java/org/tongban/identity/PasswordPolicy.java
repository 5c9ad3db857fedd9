package org.tongban.identity;

import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;

/** 8 to 64 characters, with at least three of: upper case, lower case, digits, symbols. */
final class PasswordPolicy {

    static final int MIN = 8;
    static final int MAX = 64;

    private PasswordPolicy() {
    }

    static String check(InputCheck check, String field, String password, String confirmation) {
        if (password == null || password.isEmpty()) {
            check.add(field, CommonError.FIELD_REQUIRED);
            return null;
        }
        if (password.length() > MAX) {
            check.add(field, CommonError.FIELD_TOO_LONG, MAX);
            return null;
        }
        int classes = (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (password.length() < MIN || classes < 3 || password.chars().anyMatch(Character::isISOControl)) {
            check.add(field, IdentityError.PASSWORD_WEAK, MIN);
            return null;
        }
        if (confirmation != null && !confirmation.equals(password)) {
            check.add("passwordConfirmation", IdentityError.PASSWORD_MISMATCH);
            return null;
        }
        return password;
    }
}
