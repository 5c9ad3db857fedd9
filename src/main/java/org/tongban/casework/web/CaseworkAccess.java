package org.tongban.casework.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongban.casework.CaseworkRole;
import org.tongban.identity.AccountRole;
import org.tongban.shared.AccessRules;
import org.tongban.shared.WorkspaceTile;

/**
 * Who may reach the casework module's addresses. A case is seen by its applicant and by the staff whose scope it
 * falls in (checked in the queries); the inbox is staff only; the working calendar is edited by administrators.
 * Its workspace tiles say which staff see a link to its pages.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkAccess {

    @Bean
    AccessRules caseworkAccessRules() {
        return AccessRules.of("casework")
                .declares(CaseworkRole.values())
                .signedIn("/me/cases", "/me/cases/*", "/me/cases/*/withdraw", "/cases/*/documents/*")
                .staff("/workspace/cases", "/workspace/cases/**", "/workspace/opinions",
                        "/workspace/opinions/**")
                .roles(Set.of(AccountRole.SYSTEM_ADMIN, AccountRole.SUPERVISOR), "/admin/calendar/**")
                .signedIn("/api/v1/cases/**", "/api/v1/tasks", "/api/v1/me/cases",
                        "/api/v1/calendar/**", "/api/v1/items/*/process");
    }

    @Bean
    WorkspaceTile inboxTile() {
        return new WorkspaceTile(10, "/workspace/cases", "workspace.inbox", "workspace.inbox.text", Set.of());
    }

    @Bean
    WorkspaceTile opinionsTile() {
        return new WorkspaceTile(40, "/workspace/opinions", "opinions.title", "workspace.opinions.text",
                Set.of(AccountRole.DEPARTMENT_LEADER, AccountRole.SYSTEM_ADMIN));
    }
}
