package org.tongban.shared;

import org.springframework.http.HttpStatus;

/**
 * A stable code for a business failure. Each module keeps its own enum of codes; the Chinese text lives
 * in the message bundle under {@code error.<CODE>} and is looked up only at the web edge.
 */
public interface ErrorCode {

    String name();

    HttpStatus status();

    default String messageKey() {
        return "error." + name();
    }
}
