package org.tongban.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.events.Externalized;
import org.tongban.casework.CaseEvent.CaseFacts;

/**
 * A case passed its deadline (超期) while the clock ran: its department's leaders were told and it shows in
 * the supervision view. Not a step of the case, so applicants get no message for it.
 */
@Externalized
public record CaseOverdue(CaseFacts facts, Instant at, LocalDate deadline, CaseStatus status) {
}
