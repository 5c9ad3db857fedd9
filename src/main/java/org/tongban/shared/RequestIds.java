package org.tongban.shared;

/** The request id carried on every log line and audit record. */
public final class RequestIds {

    public static final String MDC_KEY = "requestId";
    public static final String HEADER = "X-Request-Id";
    /** The request attribute holding the id, still there when the container renders an error page. */
    public static final String ATTRIBUTE = RequestIds.class.getName();

    private RequestIds() {
    }
}
