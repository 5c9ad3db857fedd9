package org.tongban.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data for display and logs: 姓名 {@code 张*三}, 身份证号码 {@code 370102********1234},
 * 手机号码 {@code 138****5678}. Full values are shown only to roles that need them, and each such view is audited.
 */
public final class Masking {

    /** An 18-character ID number or an 11-digit mobile number standing alone inside free text. */
    private static final Pattern PERSONAL_DATA_IN_TEXT =
            Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|1[3-9]\\d{9})(?![0-9A-Za-z])");

    private Masking() {
    }

    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int[] chars = name.codePoints().toArray();
        if (chars.length == 1) {
            return "*";
        }
        if (chars.length == 2) {
            return new String(chars, 0, 1) + "*";
        }
        return new String(chars, 0, 1) + "*".repeat(chars.length - 2) + new String(chars, chars.length - 1, 1);
    }

    public static String idNumber(String id) {
        if (id == null || id.length() < 10) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    public static String mobile(String mobile) {
        if (mobile == null || mobile.length() < 7) {
            return mobile == null ? null : "*".repeat(mobile.length());
        }
        return mobile.substring(0, 3) + "*".repeat(mobile.length() - 7) + mobile.substring(mobile.length() - 4);
    }

    /** Masks every ID number and mobile number found in free text, such as a log message. */
    public static String inText(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        Matcher matcher = PERSONAL_DATA_IN_TEXT.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        do {
            String found = matcher.group(1);
            matcher.appendReplacement(masked, Matcher.quoteReplacement(found.length() == 18 ? idNumber(found) : mobile(found)));
        } while (matcher.find());
        matcher.appendTail(masked);
        return masked.toString();
    }
}
