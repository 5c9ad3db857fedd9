package org.tongban.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongban.identity.AccountRole;
import org.tongban.shared.AccessRules;

/**
 * Who may reach the web module's addresses. The shell's home, preferences, brand, error pages, static files,
 * health and the API description are open; the workspace is staff only, the admin shell for administrators and
 * supervisors.
 */
@Configuration(proxyBeanMethods = false)
class ShellAccess {

    @Bean
    AccessRules shellAccessRules() {
        return AccessRules.of("web")
                .everyone("/", "/preferences/**", "/css/brand.css", "/error", "/webjars/**", "/static/**",
                        "/favicon.ico", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                        "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui", "/swagger-ui/**", "/swagger-ui.html")
                .staff("/workspace")
                .roles(Set.of(AccountRole.SYSTEM_ADMIN, AccountRole.SUPERVISOR), "/admin");
    }
}
