package org.tongban.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.tongban.shared.logging.MaskingMessageConverter;

class MaskingTest {

    @Test
    void masksNamesKeepingFirstAndLastCharacter() {
        assertThat(Masking.name("张三丰")).isEqualTo("张*丰");
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("欧阳修远")).isEqualTo("欧**远");
        assertThat(Masking.name("王")).isEqualTo("*");
        assertThat(Masking.name("阿依古丽·买买提")).isEqualTo("阿******提");
    }

    @Test
    void masksIdAndMobileNumbersAsTheStandardLayoutShows() {
        assertThat(Masking.idNumber("370102199003071234")).isEqualTo("370102********1234");
        assertThat(Masking.mobile("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void masksNumbersInsideFreeTextButNotOtherDigits() {
        assertThat(Masking.inText("用户 13812345678 以 37010219900307123X 登录，订单 202611220001"))
                .isEqualTo("用户 138****5678 以 370102********123X 登录，订单 202611220001");
        assertThat(Masking.inText("code=11371302MB5517287A")).isEqualTo("code=11371302MB5517287A");
    }

    @Test
    void logLinesAreMasked() {
        var converter = new MaskingMessageConverter();
        var event = new LoggingEvent("test", new LoggerContext().getLogger("test"), Level.INFO,
                "sign-in by {} from {}", null, new Object[] {"13812345678", "127.0.0.1"});
        assertThat(converter.convert(event)).isEqualTo("sign-in by 138****5678 from 127.0.0.1");
    }
}
