package org.tongban.feedback;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links to the platform for texts that leave it (SMS), from {@code tongban.public-url}. */
@Component
public class FeedbackLinks {

    private final String publicUrl;

    FeedbackLinks(@Value("${tongban.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String absolute(String path) {
        return publicUrl + path;
    }
}
