package org.tongban.identity;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in, SMS codes and single sign-on ({@code tongban.identity.*}).
 *
 * @param maxFailedAttempts wrong passwords in a row before the account locks
 * @param lockDuration how long a locked account stays locked
 * @param signInsPerMinutePerAddress sign-in attempts allowed from one IP address per minute
 * @param smsCodeValidity how long an SMS code can be used
 * @param smsResendInterval the shortest time between two codes to one number
 * @param smsPerMobilePerDay codes one number can receive in 24 hours
 * @param smsPerAddressPerHour codes one IP address can request in an hour
 * @param smsMaxGuesses wrong guesses that burn a code
 * @param handlerMaxValidity the longest a handler authorisation may run
 * @param zone the time zone in which times are shown to people
 * @param signingKeyLocation a PKCS#8 PEM RSA private key that signs tokens; empty means a key generated at
 *     start (fine for one instance, not for several)
 */
@ConfigurationProperties("tongban.identity")
public record IdentityProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("30") int signInsPerMinutePerAddress,
        @DefaultValue("5m") Duration smsCodeValidity,
        @DefaultValue("60s") Duration smsResendInterval,
        @DefaultValue("10") int smsPerMobilePerDay,
        @DefaultValue("30") int smsPerAddressPerHour,
        @DefaultValue("5") int smsMaxGuesses,
        @DefaultValue("1095d") Duration handlerMaxValidity,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("") String signingKeyLocation) {
}
