package org.tongban.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transport security ({@code tongban.security.*}).
 *
 * @param requireHttps redirect every plain-HTTP request to HTTPS (on in production; behind a TLS proxy
 *     set {@code server.forward-headers-strategy=native} so that the proxy's scheme is honoured)
 */
@ConfigurationProperties("tongban.security")
public record SecurityProperties(@DefaultValue("false") boolean requireHttps) {
}
