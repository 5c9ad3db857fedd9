package org.tongban.audit.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.audit.AuditLog;
import org.tongban.audit.AuditRecord;
import org.tongban.audit.AuditVerifier;
import org.tongban.audit.AuditVerifier.Verification;
import org.tongban.shared.Actors;

/** The audit log API: the newest records in the caller's data scope, and the chain verification. */
@RestController
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SUPERVISOR')")
class AuditApi {

    private final AuditLog log;
    private final AuditVerifier verifier;

    AuditApi(AuditLog log, AuditVerifier verifier) {
        this.log = log;
        this.verifier = verifier;
    }

    @GetMapping("/api/v1/audit/verify")
    Verification verify() {
        return verifier.verify();
    }

    @GetMapping("/api/v1/audit")
    List<AuditRecord> records(@RequestParam(defaultValue = "9223372036854775807") long before) {
        return log.latest(Actors.current().dataScope(), AuditController.PAGE, before);
    }
}
