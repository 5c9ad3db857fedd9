package org.tongban.license;

import org.tongban.shared.Role;

/** Who works on licenses. */
public enum LicenseRole implements Role {
    /**
     * Issues licenses of the department's types directly, imports historical ones, and suspends, returns,
     * withdraws, cancels, revokes, renews or changes the department's licenses.
     */
    LICENSE_ISSUER(false),
    /** Keeps the trust list of other provinces' issuers (跨地区互认) and the seals across the region. */
    LICENSE_ADMIN(true);

    private final boolean regionWide;

    LicenseRole(boolean regionWide) {
        this.regionWide = regionWide;
    }

    @Override
    public boolean isRegionWide() {
        return regionWide;
    }
}
