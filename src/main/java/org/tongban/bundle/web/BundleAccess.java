package org.tongban.bundle.web;

import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongban.shared.AccessRules;

/**
 * Who may reach the bundle module's addresses. 一件事 notices are open; applying and following one's applications
 * need an account.
 */
@Configuration(proxyBeanMethods = false)
class BundleAccess {

    @Bean
    AccessRules bundleAccessRules() {
        return AccessRules.of("bundle")
                .everyone("/bundles", "/bundles/*")
                .signedIn("/bundles/*/apply", "/me/bundles", "/me/bundles/**")
                .everyone(HttpMethod.GET, "/api/v1/bundles", "/api/v1/bundles/*")
                .signedIn("/api/v1/bundles/**", "/api/v1/bundle-applications", "/api/v1/bundle-applications/**");
    }
}
