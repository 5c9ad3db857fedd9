package org.tongban.casework;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongban.shared.BusinessException;

/**
 * Gives out 办件编号: the listing's 实施编码, the date (yyyyMMdd) and a four-digit sequence per listing and
 * day. The counter row is locked by its update until the submission commits, so two submissions never
 * get the same number; a rolled-back submission may leave a gap, which the exchange standard allows.
 */
@Component
class CaseNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int LIMIT = 9_999;

    private final JdbcClient jdbc;

    CaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(String listingCode, LocalDate day) {
        jdbc.sql("insert into case_number_sequence (listing_code, on_day, last_value) values (?, ?, 0) "
                + "on conflict do nothing").params(listingCode, day).update();
        jdbc.sql("update case_number_sequence set last_value = last_value + 1 where listing_code = ? and on_day = ?")
                .params(listingCode, day).update();
        int value = jdbc.sql("select last_value from case_number_sequence where listing_code = ? and on_day = ?")
                .params(listingCode, day).query(Integer.class).single();
        if (value > LIMIT) {
            throw new BusinessException(CaseError.CASE_NUMBERS_EXHAUSTED);
        }
        return listingCode + DAY.format(day) + String.format("%04d", value);
    }
}
