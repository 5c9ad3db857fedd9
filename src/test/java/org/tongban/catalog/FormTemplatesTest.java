package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.IntegrationTest;

/** 空表 and 样表 are downloadable PDFs for every material that is a form, and only for those. */
class FormTemplatesTest extends IntegrationTest {

    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFormHasABlankAndASampleAndOtherMaterialsHaveNone() throws Exception {
        ItemDetail item = jdbc.sql("select listing_code from listing where status = 'PUBLISHED' order by listing_code")
                .query(String.class).list().stream().map(code -> catalog.published(code).orElseThrow())
                .filter(i -> i.materials().stream().anyMatch(ItemDetail.MaterialView::isForm)
                        && i.materials().stream().anyMatch(m -> !m.isForm()))
                .findFirst().orElseThrow();
        int form = 0;
        while (!item.materials().get(form).isForm()) {
            form++;
        }
        int notForm = 0;
        while (item.materials().get(notForm).isForm()) {
            notForm++;
        }
        ItemDetail.MaterialView material = item.materials().get(form);
        byte[] blank = mvc.perform(get("/guide/{c}/forms/{i}/blank", item.code(), form)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        String blankText = text(blank);
        assertThat(blankText).contains(material.blankForm()).contains(item.name()).contains("申请人（单位）名称")
                .doesNotContain("样表），仅供参考");
        String sampleText = text(mvc.perform(get("/guide/{c}/forms/{i}/sample", item.code(), form))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(sampleText).contains(material.sampleForm()).contains("仅供参考").contains("张三");
        mvc.perform(get("/guide/{c}/forms/{i}/blank", item.code(), notForm)).andExpect(status().isNotFound());
        mvc.perform(get("/guide/{c}/forms/{i}/blank", item.code(), 999)).andExpect(status().isNotFound());
        mvc.perform(get("/guide/{c}/forms/{i}/other", item.code(), form)).andExpect(status().isNotFound());
        mvc.perform(get("/guide/{c}/forms/{i}/blank", "NO-SUCH-ITEM", 0)).andExpect(status().isNotFound());
        mvc.perform(get("/guide/{c}", item.code())).andExpect(content().string(
                Matchers.containsString("/guide/" + item.code() + "/forms/" + form + "/blank")));
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
