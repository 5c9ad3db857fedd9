package org.tongban.region.web;

import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongban.shared.AccessRules;

/** Who may reach the region module's addresses. Regions, departments and halls are public reference data. */
@Configuration(proxyBeanMethods = false)
class RegionAccess {

    @Bean
    AccessRules regionAccessRules() {
        return AccessRules.of("region")
                .everyone(HttpMethod.GET, "/api/v1/regions/**");
    }
}
