package org.tongban.casework;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongban.notification.InAppMessages;
import org.tongban.notification.SmsGateway;
import org.tongban.shared.MobileNumber;

/**
 * Tells the applicant at every step of their case: an in-app message in 我的办件 (when they have an
 * account) and an SMS through the gateway port (when a mobile number is known). Runs after the
 * change commits, from the event publication registry, so a failed send is retried and never undoes a step.
 */
@Component
class CaseNotifications {

    private final Cases cases;
    private final SmsGateway sms;
    private final InAppMessages inApp;
    private final MessageSource messages;

    CaseNotifications(Cases cases, SmsGateway sms, InAppMessages inApp, MessageSource messages) {
        this.cases = cases;
        this.sms = sms;
        this.inApp = inApp;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(CaseEvent event) {
        cases.findByCaseNumber(event.facts().caseNumber()).ifPresent(aCase -> {
            String text = messages.getMessage("case.sms." + event.getClass().getSimpleName(),
                    new Object[] {aCase.caseNumber(), aCase.itemName()}, Locale.SIMPLIFIED_CHINESE);
            if (aCase.applicantUsername() != null) {
                inApp.toAccount(aCase.applicantUsername(), messages.getMessage("case.status." + event.status(), null,
                        Locale.SIMPLIFIED_CHINESE) + " · " + aCase.itemName(), text, "/me/cases/" + aCase.caseNumber());
            }
            if (aCase.applicantMobile() != null) {
                MobileNumber.parse(aCase.applicantMobile()).ifPresent(mobile -> sms.send(mobile, "CASE", text));
            }
        });
    }
}
