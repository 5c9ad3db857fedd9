package org.tongban.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @Test
    void aRegionCodeHasSixNineOrTwelveDigits() {
        for (String code : new String[] {"370000", "371302", "371302001", "371302001001"}) {
            assertThat(RegionCode.of(code).value()).isEqualTo(code);
            assertThat(RegionCode.parse(code)).contains(RegionCode.of(code));
            assertThat(RegionCode.of(code)).hasToString(code);
        }
        assertThat(new TreeSet<>(List.of(RegionCode.of("371302"), RegionCode.of("370000"))))
                .containsExactly(RegionCode.of("370000"), RegionCode.of("371302"));
    }

    @Test
    void textThatCannotBeOneNamesNoRegion() {
        for (String bad : new String[] {null, "", "37", "3713", "3713020", "37130200", "37130200100", "3713020010011",
                "abcdef", " 371302", "371302 ", "'; drop table region; --", "<script>"}) {
            assertThat(RegionCode.parse(bad)).as(bad).isEmpty();
            assertThatThrownBy(() -> RegionCode.of(bad)).as(bad).isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).code()).isEqualTo(CommonError.NOT_FOUND);
        }
    }

    @Test
    void aScopeIsTheRegionAndEverythingUnderIt() {
        assertThat(RegionCode.of("370000").scopePrefix()).isEqualTo("37");
        assertThat(RegionCode.of("371300").scopePrefix()).isEqualTo("3713");
        assertThat(RegionCode.of("371302").contains("371302001001")).isTrue();
        assertThat(RegionCode.of("371302").contains("371311")).isFalse();
    }
}
