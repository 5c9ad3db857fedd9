package org.tongban.assistant.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.tongban.assistant.AssistantRole;
import org.tongban.identity.AccountRole;
import org.tongban.shared.AccessRules;
import org.tongban.shared.WorkspaceTile;

/**
 * Who may reach the assistant module's addresses. Asking the assistant and reading answers are open; handing over
 * to a person, editing knowledge and answering consultations need an account.
 * Its workspace tiles say which staff see a link to its pages.
 */
@Configuration(proxyBeanMethods = false)
class AssistantAccess {

    @Bean
    AccessRules assistantAccessRules() {
        return AccessRules.of("assistant")
                .declares(AssistantRole.values())
                .everyone("/assistant", "/assistant/messages", "/assistant/feedback", "/knowledge/**")
                .signedIn("/assistant/handoff", "/me/consultations")
                .staff("/workspace/knowledge/**", "/workspace/consultations/**")
                .everyone(HttpMethod.GET, "/api/v1/knowledge/*")
                .everyone(HttpMethod.POST, "/api/v1/assistant/messages", "/api/v1/assistant/feedback")
                .signedIn("/api/v1/assistant/**", "/api/v1/me/consultations", "/api/v1/consultations/**",
                        "/api/v1/knowledge", "/api/v1/knowledge/**");
    }

    @Bean
    WorkspaceTile knowledgeTile() {
        return new WorkspaceTile(50, "/workspace/knowledge", "knowledge.title", "workspace.knowledge.text",
                Set.of(AssistantRole.KNOWLEDGE_EDITOR, AccountRole.SYSTEM_ADMIN));
    }

    @Bean
    WorkspaceTile consultationsTile() {
        return new WorkspaceTile(60, "/workspace/consultations", "consultation.title", "workspace.consultations.text",
                Set.of());
    }
}
