package org.tongban.casework;

import org.tongban.shared.Role;

/** The staff who handle cases: the window that receives them and the approvers who examine them. */
public enum CaseworkRole implements Role {
    /** Receives applications at a hall window and accepts or refuses online ones; sees the whole region. */
    WINDOW_CLERK(true),
    /** Examines the cases of their own department. */
    APPROVER(false);

    private final boolean regionWide;

    CaseworkRole(boolean regionWide) {
        this.regionWide = regionWide;
    }

    @Override
    public boolean isRegionWide() {
        return regionWide;
    }

    @Override
    public boolean mayUnmask() {
        return true;
    }

    @Override
    public boolean servesAtWindow() {
        return this == WINDOW_CLERK;
    }
}
