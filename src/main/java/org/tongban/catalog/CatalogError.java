package org.tongban.catalog;

import org.springframework.http.HttpStatus;
import org.tongban.shared.ErrorCode;

/** Failures of the catalog: each has a Chinese message under {@code error.<CODE>}. */
public enum CatalogError implements ErrorCode {
    ITEM_NOT_FOUND(HttpStatus.NOT_FOUND),
    VERSION_NOT_FOUND(HttpStatus.NOT_FOUND),
    VERSION_NOT_EDITABLE(HttpStatus.CONFLICT),
    VERSION_NOT_SUBMITTABLE(HttpStatus.CONFLICT),
    VERSION_NOT_UNDER_REVIEW(HttpStatus.CONFLICT),
    VERSION_NOT_APPROVED(HttpStatus.CONFLICT),
    VERSION_NOT_WITHDRAWABLE(HttpStatus.CONFLICT),
    QUALITY_ERRORS_REMAIN(HttpStatus.CONFLICT),
    CONTENT_INVALID(HttpStatus.BAD_REQUEST),
    EFFECTIVE_DATE_INVALID(HttpStatus.BAD_REQUEST),
    LISTING_NOT_PUBLISHED(HttpStatus.CONFLICT),
    REVIEWER_IS_AUTHOR(HttpStatus.CONFLICT),
    BASIC_ENTRY_NOT_FOUND(HttpStatus.NOT_FOUND),
    LISTING_EXISTS(HttpStatus.CONFLICT),
    IMPORT_REJECTED(HttpStatus.BAD_REQUEST),
    FORM_NOT_FOUND(HttpStatus.NOT_FOUND);

    private final HttpStatus status;

    CatalogError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
