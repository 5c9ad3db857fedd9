package org.tongban.catalog;

import java.io.InputStream;
import org.springframework.stereotype.Component;
import org.tongban.shared.BusinessException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes listing content documents. Unknown fields are refused, so typos never pass silently. */
@Component
class CatalogJson {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    ListingContent read(String document) {
        try {
            return json.readValue(document, ListingContent.class);
        } catch (JacksonException e) {
            throw new BusinessException(CatalogError.CONTENT_INVALID);
        }
    }

    String write(ListingContent content) {
        return json.writeValueAsString(content);
    }

    /**
     * The {@code version} a seed document states before anything else: read without parsing the rest, so
     * a start-up with the seed already loaded costs nothing.
     */
    int leadingVersion(InputStream in) {
        try (var parser = json.createParser(in)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ("version".equals(name)) {
                    return parser.getIntValue();
                }
                parser.skipChildren();
            }
            return 0;
        }
    }

    <T> T read(InputStream in, Class<T> type) {
        return json.readValue(in, type);
    }
}
