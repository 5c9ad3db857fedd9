package org.tongban.notification.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongban.shared.AccessRules;

/**
 * Who may reach the notification module's addresses. The demo SMS outbox is open: it exists only in the demo
 * profile, where the codes are the point.
 */
@Configuration(proxyBeanMethods = false)
class NotificationAccess {

    @Bean
    AccessRules notificationAccessRules() {
        return AccessRules.of("notification")
                .everyone("/demo/**");
    }
}
