package org.tongban.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.tongban.identity.AccountRole;
import org.tongban.shared.AccessRules;

/**
 * Who may reach the identity module's addresses. Sign-in, registration and password reset are open; a person's own
 * page and the account API need a signed-in account (staff and unmasking rules sit on the methods).
 */
@Configuration(proxyBeanMethods = false)
class IdentityAccess {

    @Bean
    AccessRules identityAccessRules() {
        return AccessRules.of("identity")
                .declares(AccountRole.values())
                .everyone("/login", "/login/sms", "/login/sms/code", "/register/**", "/password/**")
                .signedIn("/me", "/me/mobile/**", "/me/handlers/**")
                .everyone(HttpMethod.GET, "/api/v1/csrf")
                .everyone(HttpMethod.POST, "/api/v1/persons", "/api/v1/enterprises")
                .signedIn("/api/v1/me", "/api/v1/me/handlers/**", "/api/v1/me/enterprises", "/api/v1/me/acting-for",
                        "/api/v1/staff/**", "/api/v1/admin/staff", "/api/v1/persons/**");
    }
}
