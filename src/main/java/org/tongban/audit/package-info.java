/**
 * 审计: the append-only audit log. Every {@link org.tongban.shared.ActionAudited} event becomes one record,
 * hash-chained with SM3 to the record before it; {@link org.tongban.audit.AuditVerifier} walks the chain
 * and reports the first broken link.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计",
        allowedDependencies = {"identity", "shared"})
package org.tongban.audit;
