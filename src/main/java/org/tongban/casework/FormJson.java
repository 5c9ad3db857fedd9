package org.tongban.casework;

import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** Form data as cases keep it: a JSON object of at most 64 KB, stored as compact text. */
public final class FormJson {

    public static final int MAX_CHARS = 65_536;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FormJson() {
    }

    /** The compact text of a JSON object, or a field error on {@code field} when it is not one. */
    public static String object(String field, String text) {
        if (text == null || text.length() > MAX_CHARS) {
            throw BusinessException.onField(field, CommonError.INVALID_INPUT);
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw BusinessException.onField(field, CommonError.INVALID_INPUT);
            }
            return JSON.writeValueAsString(node);
        } catch (JacksonException e) {
            throw BusinessException.onField(field, CommonError.INVALID_INPUT);
        }
    }

    /** The two JSON arrays as one, {@code added} after {@code existing}. */
    static String appended(String existing, String added) {
        var result = (ArrayNode) JSON.readTree(existing);
        JSON.readTree(added).forEach(result::add);
        return JSON.writeValueAsString(result);
    }

    static JsonNode parse(String text) {
        return JSON.readTree(text);
    }
}
