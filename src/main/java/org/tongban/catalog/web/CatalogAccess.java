package org.tongban.catalog.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.tongban.catalog.CatalogRole;
import org.tongban.identity.AccountRole;
import org.tongban.shared.AccessRules;
import org.tongban.shared.WorkspaceTile;

/**
 * Who may reach the catalog module's addresses. Guides and published listings are open to everyone; drafting,
 * review and import need a signed-in account (the catalog roles sit on the methods).
 * Its workspace tiles say which staff see a link to its pages.
 */
@Configuration(proxyBeanMethods = false)
class CatalogAccess {

    @Bean
    AccessRules catalogAccessRules() {
        return AccessRules.of("catalog")
                .declares(CatalogRole.values())
                .everyone("/items/**", "/guide/**")
                .staff("/workspace/catalog/**")
                .everyone(HttpMethod.GET, "/api/v1/items", "/api/v1/items/*", "/api/v1/catalog/negative-lists",
                        "/api/v1/catalog/export", "/api/v1/catalog/import-template")
                .signedIn("/api/v1/items/**", "/api/v1/listings", "/api/v1/catalog/**");
    }

    @Bean
    WorkspaceTile qualityTile() {
        return new WorkspaceTile(20, "/workspace/catalog/quality", "quality.title", "workspace.quality.text",
                Set.of(CatalogRole.CATALOG_ADMIN, AccountRole.SUPERVISOR));
    }
}
