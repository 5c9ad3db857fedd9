package org.tongban.supervision;

/** Why an item was opened: by a supervisor, or for one of the problems feedback reports. */
public enum SupervisionSource {
    MANUAL, TICKET_OVERDUE, RECTIFICATION_OVERDUE, REPEATED_COMPLAINTS, BAD_RATINGS;

    /** The feedback page of the problem an item of this source was opened for, or null when there is none. */
    String link(String ref) {
        return switch (this) {
            case TICKET_OVERDUE, REPEATED_COMPLAINTS -> "/workspace/tickets/" + ref;
            case RECTIFICATION_OVERDUE -> "/workspace/rectifications/" + ref;
            case MANUAL, BAD_RATINGS -> null;
        };
    }
}
