package org.tongban.feedback.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.tongban.casework.CaseworkRole;
import org.tongban.feedback.FeedbackRole;
import org.tongban.identity.AccountRole;
import org.tongban.shared.AccessRules;
import org.tongban.shared.Role;
import org.tongban.shared.WorkspaceTile;

/**
 * Who may reach the feedback module's addresses. Rating pages, complaints, Open311 and the public summary are
 * open to anyone (the service checks who may rate what: the applicant, a one-use token, the kiosk's ID card);
 * a case's rating page needs its applicant signed in; the desks need a staff role, and the services check the
 * data scope (a department sees only the tickets and rectifications that are its own).
 */
@Configuration(proxyBeanMethods = false)
class FeedbackAccess {

    static final Set<Role> DESK = Set.of(FeedbackRole.HOTLINE_AGENT, FeedbackRole.FEEDBACK_HANDLER,
            AccountRole.DEPARTMENT_LEADER, AccountRole.SUPERVISOR);

    @Bean
    AccessRules feedbackAccessRules() {
        return AccessRules.of("feedback")
                .declares(FeedbackRole.values())
                .everyone("/r/*", "/rate/contact/*", "/rate/done", "/kiosk/rate", "/complaint", "/complaint/received",
                        "/ratings")
                .signedIn("/rate/case/*", "/me/feedback", "/me/tickets/*")
                .roles(Set.of(CaseworkRole.WINDOW_CLERK), "/workspace/window-rating")
                .roles(DESK, "/workspace/tickets", "/workspace/tickets/**", "/workspace/rectifications",
                        "/workspace/rectifications/*")
                .everyone(HttpMethod.POST, "/api/v1/ratings", "/api/v1/complaints")
                .everyone(HttpMethod.GET, "/api/v1/ratings/summary")
                .everyone("/open311/v2/**")
                .signedIn("/api/v1/me/ratings", "/api/v1/tickets/*", "/api/v1/tickets/*/actions",
                        "/api/v1/tickets/*/attachments/*")
                .signedIn(HttpMethod.GET, "/api/v1/tickets")
                .roles(HttpMethod.POST, Set.of(FeedbackRole.HOTLINE_AGENT), "/api/v1/tickets")
                .staff("/api/v1/service-contacts")
                .roles(DESK, "/api/v1/rectifications", "/api/v1/rectifications/*", "/api/v1/rectifications/*/steps",
                        "/api/v1/feedback/rates");
    }

    @Bean
    WorkspaceTile ticketsTile() {
        return new WorkspaceTile(32, "/workspace/tickets", "ticket.desk.title", "workspace.tickets.text", DESK);
    }

    @Bean
    WorkspaceTile rectificationsTile() {
        return new WorkspaceTile(33, "/workspace/rectifications", "rectification.desk.title",
                "workspace.rectifications.text", Set.of(FeedbackRole.FEEDBACK_HANDLER, AccountRole.DEPARTMENT_LEADER,
                        AccountRole.SUPERVISOR, FeedbackRole.HOTLINE_AGENT));
    }

    @Bean
    WorkspaceTile windowRatingTile() {
        return new WorkspaceTile(34, "/workspace/window-rating", "window.title", "workspace.window.text",
                Set.of(CaseworkRole.WINDOW_CLERK));
    }
}
