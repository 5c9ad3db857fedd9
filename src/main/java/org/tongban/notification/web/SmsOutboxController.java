package org.tongban.notification.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tongban.notification.OutboxSmsGateway;

/**
 * Demo mode only: the SMS outbox as a page, so a person trying the platform can read the codes sent
 * to them. Off unless {@code tongban.notification.sms-outbox-page} is true (the demo profile sets it).
 */
@Controller
@ConditionalOnProperty(name = "tongban.notification.sms-outbox-page", havingValue = "true")
class SmsOutboxController {

    private final OutboxSmsGateway outbox;

    SmsOutboxController(OutboxSmsGateway outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/demo/sms")
    String outbox(Model model) {
        model.addAttribute("messages", outbox.latest(30));
        return "demo/sms";
    }
}
