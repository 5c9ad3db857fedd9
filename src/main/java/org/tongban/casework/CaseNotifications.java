package org.tongban.casework;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongban.notification.SmsGateway;
import org.tongban.shared.MobileNumber;

/**
 * Tells the applicant by SMS, through the gateway port, at every step of their case. Runs after the
 * change commits, from the event publication registry, so a failed send is retried and never undoes a step.
 */
@Component
class CaseNotifications {

    private final Cases cases;
    private final SmsGateway sms;
    private final MessageSource messages;

    CaseNotifications(Cases cases, SmsGateway sms, MessageSource messages) {
        this.cases = cases;
        this.sms = sms;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(CaseEvent event) {
        cases.findByCaseNumber(event.facts().caseNumber()).ifPresent(aCase -> {
            if (aCase.applicantMobile() == null) {
                return;
            }
            String text = messages.getMessage("case.sms." + event.getClass().getSimpleName(),
                    new Object[] {aCase.caseNumber(), aCase.itemName()}, Locale.SIMPLIFIED_CHINESE);
            MobileNumber.parse(aCase.applicantMobile()).ifPresent(mobile -> sms.send(mobile, "CASE", text));
        });
    }
}
