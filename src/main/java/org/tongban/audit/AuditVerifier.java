package org.tongban.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain in sequence order and reports the first record that does not fit: its hash
 * does not match its content (altered), it does not point at the hash before it (re-linked), a
 * sequence number is missing (deleted), or the chain head names records that are gone (tail deleted).
 */
@Service
public class AuditVerifier {

    private final JdbcTemplate jdbc;

    AuditVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        var walk = new Walk();
        jdbc.setFetchSize(500);
        jdbc.query("select * from audit_record order by sequence", rs -> {
            if (walk.broken == null) {
                walk.check(AuditLog.read(rs));
            }
        });
        if (walk.broken != null) {
            return walk.broken;
        }
        var head = jdbc.queryForMap("select last_sequence, last_hash from audit_chain_head where id = 1");
        long lastSequence = ((Number) head.get("last_sequence")).longValue();
        if (lastSequence != walk.expectedSequence - 1 || !walk.previousHash.equals(head.get("last_hash"))) {
            return Verification.broken(walk.checked, walk.expectedSequence, Verification.Problem.RECORDS_MISSING_AT_END);
        }
        return Verification.intact(walk.checked);
    }

    private static final class Walk {
        long expectedSequence = 1;
        String previousHash = ChainHash.GENESIS;
        long checked;
        Verification broken;

        void check(AuditRecord record) {
            if (record.sequence() != expectedSequence) {
                broken = Verification.broken(checked, expectedSequence, Verification.Problem.RECORD_MISSING);
            } else if (!record.previousHash().equals(previousHash)) {
                broken = Verification.broken(checked, record.sequence(), Verification.Problem.LINK_BROKEN);
            } else if (!record.computeHash().equals(record.hash())) {
                broken = Verification.broken(checked, record.sequence(), Verification.Problem.RECORD_ALTERED);
            } else {
                checked++;
                expectedSequence++;
                previousHash = record.hash();
            }
        }
    }

    /** The outcome of a verification: intact, or the first broken sequence number and why. */
    public record Verification(boolean intact, long checked, Long firstBrokenSequence, Problem problem) {

        public enum Problem { RECORD_ALTERED, LINK_BROKEN, RECORD_MISSING, RECORDS_MISSING_AT_END }

        static Verification intact(long checked) {
            return new Verification(true, checked, null, null);
        }

        static Verification broken(long checked, long sequence, Problem problem) {
            return new Verification(false, checked, sequence, problem);
        }
    }
}
