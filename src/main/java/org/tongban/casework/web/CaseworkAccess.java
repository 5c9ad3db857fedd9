package org.tongban.casework.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongban.shared.AccessRules;
import org.tongban.shared.Role;

/**
 * Who may reach the casework module's addresses. A case is seen by its applicant and by the staff whose scope it
 * falls in (checked in the queries); the inbox is staff only; the working calendar is edited by administrators.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkAccess {

    @Bean
    AccessRules caseworkAccessRules() {
        return AccessRules.of("casework")
                .signedIn("/me/cases", "/me/cases/*", "/me/cases/*/withdraw", "/cases/*/documents/*")
                .roles(AccessRules.staff(), "/workspace/cases", "/workspace/cases/**", "/workspace/opinions",
                        "/workspace/opinions/**")
                .roles(Set.of(Role.SYSTEM_ADMIN, Role.SUPERVISOR), "/admin/calendar/**")
                .signedIn("/api/v1/cases/**", "/api/v1/tasks", "/api/v1/supervision/**", "/api/v1/me/cases",
                        "/api/v1/calendar/**", "/api/v1/items/*/process");
    }
}
