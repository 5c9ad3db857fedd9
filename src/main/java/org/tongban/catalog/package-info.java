/**
 * 事项管理、办事指南: the basic catalog (基本目录, GB/T 39554) and each region's and department's
 * implementation listings (实施清单). A listing's content is an immutable JSON document per version;
 * versions go draft → submitted → reviewed → published at their effective date, are checked by the
 * element quality rules (要素质检) on every save, and every channel renders the same published version.
 * Guides name the electronic license that stands for a material when a module implements
 * {@link org.tongban.catalog.MaterialSources} (the license module does). Other modules name a basic entry by
 * {@link org.tongban.catalog.ItemCode} (事项编码, the 12-digit 基本编码) and a region by
 * {@link org.tongban.shared.RegionCode}; text that cannot be one finds nothing, as an unknown code does.
 */
@org.springframework.modulith.ApplicationModule(displayName = "事项管理、办事指南",
        allowedDependencies = {"document::pdf", "identity", "region", "shared"})
package org.tongban.catalog;
