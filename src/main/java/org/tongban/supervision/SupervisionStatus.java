package org.tongban.supervision;

/**
 * Where an item stands: open (and reopened after a failed 回头看) while the responsible unit works on it,
 * reported when it says it is done, closed when a supervisor verified that.
 */
public enum SupervisionStatus {
    OPEN, REPORTED, CLOSED, REOPENED;

    /** The deadline runs: urging and escalation apply. */
    public boolean running() {
        return this == OPEN || this == REOPENED;
    }
}
