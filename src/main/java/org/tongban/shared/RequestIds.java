package org.tongban.shared;

/** The request id carried on every log line and audit record. */
public final class RequestIds {

    public static final String MDC_KEY = "requestId";
    public static final String HEADER = "X-Request-Id";

    private RequestIds() {
    }
}
