package org.tongban.assistant.web;

import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongban.shared.AccessRules;

/**
 * Who may reach the assistant module's addresses. Asking the assistant and reading answers are open; handing over
 * to a person, editing knowledge and answering consultations need an account.
 */
@Configuration(proxyBeanMethods = false)
class AssistantAccess {

    @Bean
    AccessRules assistantAccessRules() {
        return AccessRules.of("assistant")
                .everyone("/assistant", "/assistant/messages", "/assistant/feedback", "/knowledge/**")
                .signedIn("/assistant/handoff", "/me/consultations")
                .roles(AccessRules.staff(), "/workspace/knowledge/**", "/workspace/consultations/**")
                .everyone(HttpMethod.GET, "/api/v1/knowledge/*")
                .everyone(HttpMethod.POST, "/api/v1/assistant/messages", "/api/v1/assistant/feedback")
                .signedIn("/api/v1/assistant/**", "/api/v1/me/consultations", "/api/v1/consultations/**",
                        "/api/v1/knowledge", "/api/v1/knowledge/**");
    }
}
