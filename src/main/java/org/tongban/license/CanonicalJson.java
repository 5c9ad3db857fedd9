package org.tongban.license;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON that a license's signature covers: RFC 8785 (JCS) restricted to what a license holds,
 * objects whose values are strings or objects. Members sorted by their names' UTF-16 code units, no
 * whitespace, strings with only the quote, the backslash and control characters escaped (backspace, form
 * feed, new line, return and tab by their short escapes, the others as a lower-case six-character unicode
 * escape), everything else as itself, encoded in UTF-8. Any JCS implementation
 * rebuilds the same bytes from the license's JSON, so anyone can check a signature without our code.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    static byte[] bytes(Map<String, ?> object) {
        return text(object).getBytes(StandardCharsets.UTF_8);
    }

    static String text(Map<String, ?> object) {
        StringBuilder out = new StringBuilder(512);
        write(object, out);
        return out.toString();
    }

    private static void write(Map<String, ?> object, StringBuilder out) {
        List<String> names = new ArrayList<>(object.keySet());
        names.sort(String::compareTo);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(names.get(i), out);
            out.append(':');
            Object value = object.get(names.get(i));
            if (value instanceof Map<?, ?> inner) {
                @SuppressWarnings("unchecked")
                Map<String, ?> members = (Map<String, ?>) inner;
                write(members, out);
            } else if (value instanceof String text) {
                string(text, out);
            } else {
                throw new IllegalArgumentException("a canonical license holds strings and objects only: " + value);
            }
        }
        out.append('}');
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
