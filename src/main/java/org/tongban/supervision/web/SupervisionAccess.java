package org.tongban.supervision.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongban.feedback.FeedbackRole;
import org.tongban.identity.AccountRole;
import org.tongban.shared.AccessRules;
import org.tongban.shared.Role;
import org.tongban.shared.WorkspaceTile;

/**
 * Who may reach the supervision module's addresses: supervisors, administrators and the staff of responsible
 * units (leaders and feedback handlers); which items each sees and what each may do is decided in
 * {@code SupervisionItems}. The overdue cases are for supervisors, leaders and administrators.
 */
@Configuration(proxyBeanMethods = false)
class SupervisionAccess {

    static final Set<Role> READERS = Set.of(AccountRole.SUPERVISOR, AccountRole.SYSTEM_ADMIN,
            AccountRole.DEPARTMENT_LEADER, FeedbackRole.FEEDBACK_HANDLER);
    static final Set<Role> OVERDUE_READERS = Set.of(AccountRole.SUPERVISOR, AccountRole.SYSTEM_ADMIN,
            AccountRole.DEPARTMENT_LEADER);

    @Bean
    AccessRules supervisionAccessRules() {
        return AccessRules.of("supervision")
                .roles(READERS, "/workspace/supervision", "/workspace/supervision/**", "/api/v1/supervision/**")
                .roles(OVERDUE_READERS, "/workspace/supervision/overdue", "/api/v1/supervision/overdue");
    }

    @Bean
    WorkspaceTile supervisionTile() {
        return new WorkspaceTile(28, "/workspace/supervision", "supervision.board.title", "supervision.tile.text",
                READERS);
    }

    @Bean
    WorkspaceTile overdueCasesTile() {
        return new WorkspaceTile(30, "/workspace/supervision/overdue", "supervision.overdue.title",
                "supervision.overdue.tile", Set.of(AccountRole.SUPERVISOR, AccountRole.DEPARTMENT_LEADER));
    }
}
