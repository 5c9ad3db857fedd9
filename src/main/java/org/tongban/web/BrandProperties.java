package org.tongban.web;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform brand ({@code tongban.brand.*}): a province sets its own name and colours. The default is a
 * neutral demo brand, not anyone's trademark.
 *
 * @param name the full name shown in the header and titles
 * @param shortName the short name used in SMS signatures and narrow screens
 * @param primaryColor the main colour, as {@code #rrggbb}
 * @param accentColor the accent colour, as {@code #rrggbb}
 */
@ConfigurationProperties("tongban.brand")
public record BrandProperties(
        @DefaultValue("通办 · 一体化政务服务平台（演示）") String name,
        @DefaultValue("通办") String shortName,
        @DefaultValue("#1d4f91") String primaryColor,
        @DefaultValue("#c8102e") String accentColor) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public BrandProperties {
        if (!COLOUR.matcher(primaryColor).matches() || !COLOUR.matcher(accentColor).matches()) {
            throw new IllegalArgumentException("tongban.brand colours must be #rrggbb");
        }
    }
}
