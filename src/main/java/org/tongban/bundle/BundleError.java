package org.tongban.bundle;

import org.springframework.http.HttpStatus;
import org.tongban.shared.ErrorCode;

/** Failures of bundles and their applications: each has a Chinese message under {@code error.<CODE>}. */
public enum BundleError implements ErrorCode {
    BUNDLE_NOT_FOUND(HttpStatus.NOT_FOUND),
    BUNDLE_APPLICATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** No region was chosen, and the bundle's items differ by region. */
    BUNDLE_REGION_REQUIRED(HttpStatus.BAD_REQUEST),
    BUNDLE_REGION_UNKNOWN(HttpStatus.BAD_REQUEST),
    /** A required member ({@code {0}}) has no listing in the region, or none that takes applications online. */
    BUNDLE_MEMBER_UNAVAILABLE(HttpStatus.CONFLICT),
    /** A chosen item ({@code {0}}) is not one of the bundle's. */
    BUNDLE_MEMBER_UNKNOWN(HttpStatus.BAD_REQUEST),
    /** The same submission key was used for another bundle. */
    BUNDLE_KEY_REUSED(HttpStatus.CONFLICT);

    private final HttpStatus status;

    BundleError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
