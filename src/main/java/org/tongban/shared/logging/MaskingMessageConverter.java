package org.tongban.shared.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.tongban.shared.Masking;

/** The {@code %msg} of plain-text log lines, with ID and mobile numbers masked. */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Masking.inText(super.convert(event));
    }
}
