package org.tongban.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of the platform, from {@code tongban.public-url}, for what leaves it: QR codes on documents,
 * links in SMS texts, the tablet's rating page.
 */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(@Value("${tongban.public-url:http://localhost:8080}") String publicUrl) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** {@code path} (starting with a slash) on the platform's public address. */
    public String absolute(String path) {
        return base + path;
    }
}
