/**
 * The web shell: layout, brand, home page, the staff workspace and admin shells, the 适老化 mode switch,
 * request ids, and the translation of failures into Chinese pages and RFC 9457 Problem Details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "门户外壳",
        allowedDependencies = {"identity", "region", "search", "shared"})
package org.tongban.web;
