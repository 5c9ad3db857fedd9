package org.tongban.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "91110000802100433B", "11371302MB5517287A", "11370000MB37971748"})
    void acceptsPublishedCodes(String code) {
        assertThat(CreditCode.parse(code)).map(CreditCode::value).contains(code);
    }

    @Test
    void computesTheCheckCharacterOfGb32100() {
        assertThat(CreditCode.checkCharacter("91440300192203821")).isEqualTo('6');
        assertThat(CreditCode.checkCharacter("91110000802100433")).isEqualTo('B');
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"914403001922038217", "91440300192203821", "9144030019220382166", "91440300192203821I",
            "9144030019220382O6", "91440300192203821Z", "91440300192203821-"})
    void refusesMalformedCodes(String raw) {
        assertThat(CreditCode.parse(raw)).isEmpty();
    }

    @Test
    void acceptsLowerCaseAndSpaces() {
        assertThat(CreditCode.parse(" 91110000802100433b ")).map(CreditCode::value).contains("91110000802100433B");
    }
}
