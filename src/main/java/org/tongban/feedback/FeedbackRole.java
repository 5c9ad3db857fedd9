package org.tongban.feedback;

import org.tongban.shared.Role;

/** Who works on ratings, complaints and tickets. */
public enum FeedbackRole implements Role {
    /**
     * A 12345 agent: enters tickets for calls, dispatches every ticket of the region to departments, reviews
     * replies, closes, calls back (回访) and archives; merges duplicates; records 回访 of bad ratings too.
     */
    HOTLINE_AGENT(true),
    /**
     * Handles the department's tickets (签收, 退单, 办理, 答复, 延期申请) and its bad ratings (核实, 整改, 申诉).
     */
    FEEDBACK_HANDLER(false);

    private final boolean regionWide;

    FeedbackRole(boolean regionWide) {
        this.regionWide = regionWide;
    }

    @Override
    public boolean isRegionWide() {
        return regionWide;
    }
}
