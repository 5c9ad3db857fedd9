package org.tongban.audit.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongban.identity.AccountRole;
import org.tongban.shared.AccessRules;

/**
 * Who may reach the audit module's addresses. The audit trail is for administrators and supervisors (the API's
 * roles sit on the methods).
 */
@Configuration(proxyBeanMethods = false)
class AuditAccess {

    @Bean
    AccessRules auditAccessRules() {
        return AccessRules.of("audit")
                .roles(Set.of(AccountRole.SYSTEM_ADMIN, AccountRole.SUPERVISOR), "/admin/audit")
                .signedIn("/api/v1/audit/**");
    }
}
