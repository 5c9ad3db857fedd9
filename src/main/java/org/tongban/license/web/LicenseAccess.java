package org.tongban.license.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.tongban.license.LicenseRole;
import org.tongban.shared.AccessRules;
import org.tongban.shared.WorkspaceTile;

/**
 * Who may reach the license module's addresses. Verification is open to anyone (the QR on every license leads
 * there); the wallet needs an account; reading a license by identifier needs an account or a client token and
 * the service decides whose it is; the desk needs a license role.
 */
@Configuration(proxyBeanMethods = false)
class LicenseAccess {

    @Bean
    AccessRules licenseAccessRules() {
        return AccessRules.of("license")
                .declares(LicenseRole.values())
                .everyone("/verify", "/verify/**")
                .signedIn("/me/licenses", "/me/licenses/**")
                .staff("/workspace/licenses/attached/*")
                .roles(Set.of(LicenseRole.LICENSE_ISSUER, LicenseRole.LICENSE_ADMIN), "/workspace/licenses",
                        "/workspace/licenses/**")
                .everyone(HttpMethod.GET, "/api/v1/verify/**", "/api/v1/license-types", "/api/v1/license-trust/authority")
                .everyone(HttpMethod.POST, "/api/v1/verify")
                .signedIn("/api/v1/me/licenses", "/api/v1/me/licenses/**", "/api/v1/share/licenses")
                .signedIn(HttpMethod.GET, "/api/v1/licenses/*", "/api/v1/licenses/*/pdf", "/api/v1/licenses/*/history")
                .roles(Set.of(LicenseRole.LICENSE_ISSUER), "/api/v1/licenses", "/api/v1/licenses/*/operations",
                        "/api/v1/licenses/import")
                .roles(Set.of(LicenseRole.LICENSE_ADMIN), "/api/v1/license-trust", "/api/v1/license-trust/*");
    }

    @Bean
    WorkspaceTile licenseTile() {
        return new WorkspaceTile(25, "/workspace/licenses", "license.desk.title", "workspace.license.text",
                Set.of(LicenseRole.LICENSE_ISSUER, LicenseRole.LICENSE_ADMIN));
    }
}
