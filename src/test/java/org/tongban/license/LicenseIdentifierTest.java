package org.tongban.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The 证照标识: its shape, its MOD 37,36 check character, and text that is no identifier. */
class LicenseIdentifierTest {

    /** 住建部's 安管人员 certificate, as published: the check character S is reproduced. */
    private static final String PUBLISHED = "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.002.S";

    @Test
    void aPublishedIdentifierIsReadAndItsCheckCharacterReproduced() {
        LicenseIdentifier id = LicenseIdentifier.parse(PUBLISHED).orElseThrow();
        assertThat(id.typeCode()).isEqualTo("11100000000013338W011");
        assertThat(id.issuerCode()).isEqualTo("11430000006122244L");
        assertThat(id.serial()).isEqualTo("20230000403");
        assertThat(id.version()).isEqualTo(2);
        assertThat(id.check()).isEqualTo('S');
        assertThat(id.toString()).isEqualTo(PUBLISHED);
    }

    @Test
    void theCheckCharacterFollowsIso7064Mod3736() {
        // By hand: P=36; '1': S=(36+1)%36=1, P=2; '2': S=4, P=8; then X with (8+X)%36=1 is 29, 'T'.
        assertThat(LicenseIdentifier.checkCharacter("12")).isEqualTo('T');
        // '0': S=36%36=0, read as 36, P=72%37=35; X with (35+X)%36=1 is 2.
        assertThat(LicenseIdentifier.checkCharacter("0")).isEqualTo('2');
    }

    @Test
    void everySingleCharacterChangeIsCaught() {
        LicenseIdentifier id = new LicenseIdentifier("11100000000013338W011", "11371302MB5517287A", "202600000042", 1);
        String text = id.toString();
        assertThat(LicenseIdentifier.parse(text)).contains(id);
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        int prefix = LicenseIdentifier.ROOT.length() + 1;
        for (int i = prefix; i < text.length() - 2; i++) {
            if (text.charAt(i) == '.') {
                continue;
            }
            for (char c : alphabet.toCharArray()) {
                if (c != text.charAt(i)) {
                    String altered = text.substring(0, i) + c + text.substring(i + 1);
                    assertThat(LicenseIdentifier.parse(altered)).as(altered).isEmpty();
                }
            }
        }
    }

    @Test
    void textThatIsNoIdentifierIsEmptyNeverAnError() {
        assertThat(LicenseIdentifier.parse(null)).isEmpty();
        assertThat(LicenseIdentifier.parse("")).isEmpty();
        assertThat(LicenseIdentifier.parse("1.2.156.3005.2")).isEmpty();
        assertThat(LicenseIdentifier.parse(PUBLISHED.toLowerCase())).isEmpty();
        assertThat(LicenseIdentifier.parse(PUBLISHED.replace(".S", ".T"))).isEmpty();
        assertThat(LicenseIdentifier.parse(PUBLISHED + "<script>")).isEmpty();
        assertThat(LicenseIdentifier.parse("9" + PUBLISHED)).isEmpty();
        assertThat(LicenseIdentifier.parse("x".repeat(500))).isEmpty();
        assertThatThrownBy(() -> new LicenseIdentifier("short", "11371302MB5517287A", "1", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNextVersionKeepsTheSerialAndCountsUp() {
        LicenseIdentifier first = new LicenseIdentifier("11100000000013338W011", "11371302MB5517287A", "202600000042", 1);
        LicenseIdentifier next = first.next();
        assertThat(next.serial()).isEqualTo(first.serial());
        assertThat(next.versionText()).isEqualTo("002");
        assertThat(next.toString()).isNotEqualTo(first.toString());
        assertThat(LicenseIdentifier.parse(next.toString())).contains(next);
    }
}
