package org.tongban.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tongban.shared.BusinessException;

class CaseNumberTest {

    @Test
    void aCaseNumberIsAListingCodeADayAndASequence() {
        String number = "11371302MB5517287A4370100000001" + "20261207" + "0042";
        assertThat(CaseNumber.of(number).value()).isEqualTo(number);
        assertThat(CaseNumber.of(number)).hasToString(number).isEqualTo(CaseNumber.of(number));
        assertThat(CaseNumber.parse(number)).contains(CaseNumber.of(number));
    }

    @Test
    void textThatCannotBeOneIsRefusedAsAnUnknownCase() {
        for (String bad : new String[] {null, "", "202612070001", "abc20261207000", "x".repeat(37) + "202612070001",
                "L 1202612070001", "L/1202612070001"}) {
            assertThat(CaseNumber.parse(bad)).as(bad).isEmpty();
            assertThatThrownBy(() -> CaseNumber.of(bad)).as(bad).isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).code()).isEqualTo(CaseError.CASE_NOT_FOUND);
        }
    }
}
