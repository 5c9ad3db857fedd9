package org.tongban.application.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongban.casework.CaseworkRole;
import org.tongban.shared.AccessRules;
import org.tongban.shared.WorkspaceTile;

/**
 * Who may reach the application module's addresses. Applying, correcting and reading a case's files need an
 * account; the window is staff only.
 * Its workspace tiles say which staff see a link to its pages.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationAccess {

    @Bean
    AccessRules applicationAccessRules() {
        return AccessRules.of("application")
                .signedIn("/apply/**", "/me/cases/*/correction", "/cases/*/files/**")
                .staff("/workspace/window", "/workspace/window/**")
                .signedIn("/api/v1/applications", "/api/v1/applications/**", "/api/v1/uploads", "/api/v1/forms/**",
                        "/api/v1/items/*/form", "/api/v1/items/*/rules");
    }

    @Bean
    WorkspaceTile windowTile() {
        return new WorkspaceTile(70, "/workspace/window", "workspace.window", "workspace.window.text",
                Set.of(CaseworkRole.WINDOW_CLERK));
    }
}
