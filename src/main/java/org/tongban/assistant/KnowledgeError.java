package org.tongban.assistant;

import org.springframework.http.HttpStatus;
import org.tongban.shared.ErrorCode;

/** Failures of the knowledge base and the assistant: each has a Chinese message under {@code error.<CODE>}. */
public enum KnowledgeError implements ErrorCode {
    KNOWLEDGE_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The entry is {@code {0}}; it cannot become {@code {1}} from there. */
    KNOWLEDGE_STATUS_CONFLICT(HttpStatus.CONFLICT),
    KNOWLEDGE_NOT_DRAFT(HttpStatus.CONFLICT),
    /** An editor reviews someone else's entry, not their own. */
    KNOWLEDGE_OWN_REVIEW(HttpStatus.CONFLICT),
    /** More than {@code {0}} variants, items or tags. */
    KNOWLEDGE_TOO_MANY(HttpStatus.BAD_REQUEST),
    /** The answer holds no text once unsafe HTML is removed. */
    KNOWLEDGE_ANSWER_EMPTY(HttpStatus.BAD_REQUEST),
    /** {@code {0}} is not a code of the basic catalog. */
    KNOWLEDGE_ITEM_UNKNOWN(HttpStatus.BAD_REQUEST),
    KNOWLEDGE_REGION_UNKNOWN(HttpStatus.BAD_REQUEST),
    KNOWLEDGE_REGION_OUT_OF_SCOPE(HttpStatus.FORBIDDEN),
    /** No department is named {@code {0}}. */
    KNOWLEDGE_DEPARTMENT_UNKNOWN(HttpStatus.BAD_REQUEST),
    KNOWLEDGE_DATES_INVALID(HttpStatus.BAD_REQUEST),
    /** A date that is not one (2027-01-31). */
    KNOWLEDGE_DATE_INVALID(HttpStatus.BAD_REQUEST),
    /** A tag longer than {@code {0}} characters, or with control characters. */
    KNOWLEDGE_TAG_INVALID(HttpStatus.BAD_REQUEST),
    /** The workbook has no sheet named {@code {0}}. */
    KNOWLEDGE_EXCEL_SHEET(HttpStatus.BAD_REQUEST),
    /** The first row is not the template's header ({@code {0}}). */
    KNOWLEDGE_EXCEL_HEADER(HttpStatus.BAD_REQUEST),
    KNOWLEDGE_EXCEL_TOO_MANY(HttpStatus.BAD_REQUEST),
    KNOWLEDGE_EXCEL_NOT_XLSX(HttpStatus.BAD_REQUEST),
    /** The message to the assistant is empty once control characters and symbols are taken out. */
    MESSAGE_EMPTY(HttpStatus.BAD_REQUEST),
    /** The message is longer than {@code {0}} characters. */
    MESSAGE_TOO_LONG(HttpStatus.BAD_REQUEST),
    CONVERSATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** Handing over to a person needs a signed-in account, so the answer can reach it. */
    HANDOFF_SIGN_IN(HttpStatus.UNAUTHORIZED),
    /** The conversation has no question to hand over yet. */
    HANDOFF_NOTHING(HttpStatus.BAD_REQUEST),
    CONSULTATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    CONSULTATION_ANSWERED(HttpStatus.CONFLICT);

    private final HttpStatus status;

    KnowledgeError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
