package org.tongban.catalog;

import org.tongban.shared.Role;

/** Who keeps the catalogue of items and listings. */
public enum CatalogRole implements Role {
    /** Keeps the region's items, listings, forms and process models. */
    CATALOG_ADMIN;

    @Override
    public boolean isRegionWide() {
        return true;
    }
}
