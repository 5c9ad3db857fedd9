package org.tongban.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    @Test
    void acceptsNumbersWithTheRightCheckCharacter() {
        assertThat(IdNumber.parse("11010519491231002X")).isPresent();
        assertThat(IdNumber.parse("110101199003074514")).isPresent();
        assertThat(IdNumber.parse(" 11010519491231002x ")).map(IdNumber::value).contains("11010519491231002X");
    }

    @Test
    void computesTheCheckCharacterOfGb11643() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("11010119900307451")).isEqualTo('4');
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"110101199003074515", "11010119900307451", "1101011990030745144", "11010119901307451X",
            "110101199002304510", "010101199003074514", "11010121990307451A", "１１０１０１１９９００３０７４５１４",
            "11010119900307451<", "41010130000101000X"})
    void refusesMalformedNumbers(String raw) {
        assertThat(IdNumber.parse(raw)).isEmpty();
    }

    @Test
    void reportsTheFieldWhenBuiltFromABadValue() {
        assertThatThrownBy(() -> IdNumber.of("110101199003074515"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(CommonError.ID_NUMBER_INVALID);
                    assertThat(e.violations()).extracting(BusinessException.FieldViolation::field).containsExactly("idNumber");
                });
    }

    @Test
    void knowsTheBirthDateAndNeverPrintsItself() {
        IdNumber id = IdNumber.of("110101199003074514");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(id.toString()).isEqualTo("110101********4514");
    }
}
