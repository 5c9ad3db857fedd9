package org.tongban.catalog;

import org.springframework.stereotype.Component;
import org.tongban.shared.BusinessException;
import tools.jackson.core.JacksonException;
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

    <T> T read(java.io.InputStream in, Class<T> type) {
        return json.readValue(in, type);
    }
}
