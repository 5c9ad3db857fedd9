package org.tongban.shared.logging;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;
import org.tongban.shared.Masking;

/**
 * Masks ID and mobile numbers in every string of a JSON log line. Set with
 * {@code logging.structured.json.customizer} when JSON logs are on.
 */
public class MaskingJsonMembersCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, Masking::inText));
    }
}
