package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.tongban.shared.BusinessException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ItemCodeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyItemCodeOfTheSeedsIsOne() throws IOException {
        List<String> codes = new ArrayList<>();
        JsonNode catalog = read("catalog/seed-catalog.json");
        catalog.get("basicEntries").forEach(entry -> codes.add(entry.get("code").asString()));
        catalog.get("listings").forEach(listing -> codes.add(listing.get("basicCode").asString()));
        read("bundle/seed-bundles.json").get("bundles").forEach(bundle -> bundle.get("members")
                .forEach(member -> codes.add(member.get("basicCode").asString())));
        read("knowledge/seed-knowledge.json").findValues("basicCodes")
                .forEach(list -> list.forEach(code -> codes.add(code.asString())));
        assertThat(codes).hasSizeGreaterThan(800);
        for (String code : codes) {
            assertThat(ItemCode.of(code).value()).isEqualTo(code);
            assertThat(ItemCode.parse(code)).contains(ItemCode.of(code));
        }
        assertThat(ItemCode.of("000117109000")).hasToString("000117109000");
    }

    @Test
    void textThatCannotBeOneIsRefusedAsAnUnknownEntry() {
        for (String bad : new String[] {null, "", "00011710900", "0001171090001", "00011710900A", " 000117109000",
                "11370800004234373R4000117109003", "'; drop table listing; --"}) {
            assertThat(ItemCode.parse(bad)).as(bad).isEmpty();
            assertThatThrownBy(() -> ItemCode.of(bad)).as(bad).isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).code()).isEqualTo(CatalogError.BASIC_ENTRY_NOT_FOUND);
        }
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return JSON.readTree(in);
        }
    }
}
