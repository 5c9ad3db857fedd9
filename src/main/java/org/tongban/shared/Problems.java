package org.tongban.shared;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Turns error codes into RFC 9457 Problem Details in Chinese: {@code title} and {@code detail} from the
 * message bundle, a stable {@code code}, and an {@code errors} array of {@code {field, code, message}}.
 */
@Component
public class Problems {

    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public String message(ErrorCode code, Object... arguments) {
        return messages.getMessage(code.messageKey(), arguments, code.messageKey(), LOCALE);
    }

    /**
     * The messages of a failure for a page form: each field's message under its name (a second one for the
     * same field under {@code name#2}, and so on, so that lists of problems show whole), and the whole
     * failure's message under {@code "global"} when it names no field.
     */
    public Map<String, String> fieldMessages(BusinessException e) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (BusinessException.FieldViolation v : e.violations()) {
            String key = v.field();
            for (int n = 2; messages.containsKey(key); n++) {
                key = v.field() + "#" + n;
            }
            messages.put(key, message(v.code(), v.arguments()));
        }
        if (messages.isEmpty()) {
            messages.put("global", message(e.code(), e.arguments()));
        }
        return messages;
    }

    public ProblemDetail of(BusinessException e) {
        return of(e.code(), e.code().status(), e.violations(), e.arguments());
    }

    public ProblemDetail of(ErrorCode code, HttpStatusCode status, List<BusinessException.FieldViolation> violations,
            Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(code, arguments));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null,
                messages.getMessage("problem.title.default", null, "请求未能完成", LOCALE), LOCALE));
        problem.setType(URI.create("urn:tongban:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setProperty("code", code.name());
        problem.setProperty("errors", violations.stream()
                .map(v -> Map.of("field", v.field(), "code", v.code().name(), "message", message(v.code(), v.arguments())))
                .toList());
        return problem;
    }
}
