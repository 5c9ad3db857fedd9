package org.tongban.search;

import org.springframework.http.HttpStatus;
import org.tongban.shared.ErrorCode;

/** Failures of search: each has a Chinese message under {@code error.<CODE>}. */
public enum SearchError implements ErrorCode {
    /** The query is empty once blanks and control characters are taken out. */
    QUERY_EMPTY(HttpStatus.BAD_REQUEST),
    /** A filter ({@code type}, {@code audience}, {@code level}) names no such value. */
    FILTER_INVALID(HttpStatus.BAD_REQUEST),
    /** Line {@code {0}} of a synonym dictionary is not in the Solr notation. */
    SYNONYM_LINE_INVALID(HttpStatus.BAD_REQUEST),
    SYNONYMS_TOO_MANY(HttpStatus.BAD_REQUEST),
    /** A hot-term rule is not PIN or BLOCK, or its term is blank or too long. */
    HOT_RULE_INVALID(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    SearchError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
