package org.tongban.notification;

import org.tongban.shared.MobileNumber;

/**
 * Sends a text message to a mobile number. The port to whatever SMS provider a province contracts;
 * {@link OutboxSmsGateway} is the local adapter used unless another is configured.
 */
public interface SmsGateway {

    void send(MobileNumber mobile, String purpose, String text);
}
