/**
 * 消息: messages to people behind ports. {@link org.tongban.notification.SmsGateway} sends SMS; the default
 * adapter keeps every message in an outbox that demo mode shows at {@code /demo/sms}, so no SMS provider
 * is needed to try the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "消息",
        allowedDependencies = {"shared"})
package org.tongban.notification;
