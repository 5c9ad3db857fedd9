package org.tongban.notification;

import java.time.Instant;

/** A message in the outbox. */
public record SmsMessage(long id, String mobile, String purpose, String text, Instant createdAt) {
}
