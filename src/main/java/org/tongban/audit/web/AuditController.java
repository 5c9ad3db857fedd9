package org.tongban.audit.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongban.audit.AuditLog;
import org.tongban.audit.AuditRecord;
import org.tongban.audit.AuditVerifier;
import org.tongban.shared.Actors;

/** The audit log page for administrators and supervisors: records in their data scope, and verification. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SUPERVISOR')")
class AuditController {

    static final int PAGE = 50;

    private final AuditLog log;
    private final AuditVerifier verifier;

    AuditController(AuditLog log, AuditVerifier verifier) {
        this.log = log;
        this.verifier = verifier;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(defaultValue = "9223372036854775807") long before,
            @RequestParam(defaultValue = "false") boolean verify, Model model) {
        List<AuditRecord> records = log.latest(Actors.current().dataScope(), PAGE, before);
        model.addAttribute("records", records);
        model.addAttribute("nextBefore", records.size() == PAGE ? records.get(records.size() - 1).sequence() : null);
        if (verify) {
            model.addAttribute("verification", verifier.verify());
        }
        return "admin/audit";
    }
}
