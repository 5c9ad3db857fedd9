package org.tongban.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;

/**
 * Turns a submitted application into a case: a 办件编号, the listing's snapshot, the intake deadline and
 * a started process, all in one transaction. The submitter's key makes it idempotent: the same key again
 * returns the same case, even when two requests with it race.
 */
@Service
public class CaseIntake {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final Cases cases;
    private final CaseSteps steps;
    private final CaseNumbers numbers;
    private final CaseWorkflow workflow;
    private final TimeLimits limits;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CaseIntake(Cases cases, CaseSteps steps, CaseNumbers numbers, CaseWorkflow workflow, TimeLimits limits,
            AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.steps = steps;
        this.numbers = numbers;
        this.workflow = workflow;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The case a submission made: {@code created} is false when the key had been used before. */
    public record Submitted(String caseNumber, CaseStatus status, boolean created) {
    }

    /** Whether a submission key has the accepted form (8–64 letters, digits, '-' or '_'). */
    public static boolean validKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /**
     * Opens a case for the draft, or returns the case this submitter's key already opened. Called outside a
     * transaction, a lost race on the key is resolved by reading the winner's case; a caller that opens
     * several cases in one transaction (a bundle) resolves races on a key of its own, taken first.
     */
    public Submitted submit(CaseDraft draft, Actor submitter) {
        if (!validKey(draft.submissionKey())) {
            throw new BusinessException(CaseError.SUBMISSION_KEY_INVALID);
        }
        Submitted earlier = transaction.execute(status -> existing(draft));
        if (earlier != null) {
            return earlier;
        }
        try {
            return transaction.execute(status -> open(draft, submitter));
        } catch (DataIntegrityViolationException raced) {
            Submitted winner = transaction.execute(status -> existing(draft));
            if (winner == null) {
                throw raced;
            }
            return winner;
        }
    }

    private Submitted existing(CaseDraft draft) {
        return cases.findBySubmittedByAndSubmissionKey(draft.submittedBy(), draft.submissionKey())
                .map(c -> new Submitted(c.caseNumber(), c.status(), false)).orElse(null);
    }

    private Submitted open(CaseDraft draft, Actor submitter) {
        var now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String number = numbers.next(draft.listingCode(), today);
        Case aCase = cases.save(new Case(number, draft, now, limits.intakeDeadline(today)));
        workflow.start(aCase);
        cases.save(aCase);
        steps.save(new CaseStep(aCase.id(), "submit", CaseStatus.SUBMITTED, submitter.username(),
                submitter.primaryRole(), now, null, "channel=" + draft.channel()));
        audit.record(submitter, "CASE_SUBMITTED", "case", number, "listing=" + draft.listingCode() + " channel="
                + draft.channel());
        return new Submitted(number, CaseStatus.SUBMITTED, true);
    }
}
