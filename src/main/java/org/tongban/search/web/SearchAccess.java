package org.tongban.search.web;

import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongban.shared.AccessRules;

/**
 * Who may reach the search module's addresses. Searching is open; rebuilding the index, synonyms and hot rules
 * need a signed-in account (the roles sit on the methods).
 */
@Configuration(proxyBeanMethods = false)
class SearchAccess {

    @Bean
    AccessRules searchAccessRules() {
        return AccessRules.of("search")
                .everyone("/search", "/search/**")
                .everyone(HttpMethod.GET, "/api/v1/search", "/api/v1/search/hot", "/api/v1/suggest",
                        "/api/v1/items/*/related")
                .signedIn("/api/v1/search/**");
    }
}
