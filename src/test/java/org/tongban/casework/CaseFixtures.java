package org.tongban.casework;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongban.application.ListingForms;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Listings of the seed catalog to apply for, and applications made through the API as a person would. */
public final class CaseFixtures {

    /** 临沂市兰山区行政审批服务局: the demo department, with seeded listings. */
    public static final String LANSHAN = "临沂市兰山区行政审批服务局";
    public static final String LANSHAN_CODE = "11371302MB5517287A";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final ListingForms forms;
    private final CaseDeadlines deadlines;

    private CaseFixtures(MockMvc mvc, ApplicationContext context) {
        this.deadlines = context.getBean(CaseDeadlines.class);
        this.forms = context.getBean(ListingForms.class);
        this.mvc = mvc;
        this.catalog = context.getBean(Catalog.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public static CaseFixtures of(MockMvc mvc, ApplicationContext context) {
        return new CaseFixtures(mvc, context);
    }

    /**
     * A published listing of 兰山区 taking online applications, with limits in working days: a 行政许可 or
     * another type; promised or immediate. Permits come from the demo department. The listing has the default
     * form (address, reason, contact), so applications need no more than that.
     */
    public ItemDetail listing(boolean permit, String processingKind) {
        List<String> codes = jdbc.sql("select listing_code from listing where region_code = '371302' "
                + "and status = 'PUBLISHED' and negative_list is null order by case when department_code = ? then 0 else 1 end, "
                + "listing_code").param(LANSHAN_CODE).query(String.class).list();
        return codes.stream().map(code -> catalog.published(code).orElseThrow())
                .filter(item -> item.onlineDepth().contains("RECEIVE") && item.negativeList() == null)
                .filter(item -> "01".equals(item.type()) == permit)
                .filter(item -> processingKind.equals(item.processingKind()))
                .filter(item -> item.promisedLimit().unit().equals("W"))
                .filter(item -> forms.form(item).origin() == ListingForms.Origin.DEFAULT)
                .findFirst().orElseThrow(() -> new IllegalStateException("no seed listing " + permit + processingKind));
    }

    /** A published listing of 兰山区 taking online applications with the default form that requires this material. */
    public ItemDetail listingAsking(String material) {
        return jdbc.sql("select listing_code from listing where region_code = '371302' and status = 'PUBLISHED' "
                        + "order by listing_code").query(String.class).list().stream()
                .map(code -> catalog.published(code).orElseThrow())
                .filter(item -> item.onlineDepth().contains("RECEIVE") && item.negativeList() == null)
                .filter(item -> forms.form(item).origin() == ListingForms.Origin.DEFAULT)
                .filter(item -> item.materials().stream().anyMatch(m -> m.required() && m.name().equals(material)))
                .findFirst().orElseThrow(() -> new IllegalStateException("no seed listing asks for " + material));
    }

    /** A one-page PDF. */
    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String upload(Authentication who, String name) throws Exception {
        String body = mvc.perform(multipart("/api/v1/uploads")
                        .file(new MockMultipartFile("file", name, "application/pdf", pdf()))
                        .with(authentication(who)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    /** The request body of an application with every required material uploaded by {@code who}. */
    public String application(ItemDetail item, Authentication who, String key) throws Exception {
        List<Map<String, Object>> materials = new ArrayList<>();
        for (ItemDetail.MaterialView m : item.materials()) {
            if (m.required()) {
                materials.add(Map.of("name", m.name(), "fileId", upload(who, "material.pdf")));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("itemCode", item.code());
        body.put("region", item.region().code());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("contactName", "张三");
        form.put("reason", "测试申请");
        body.put("formData", form);
        body.put("materials", materials);
        body.put("submissionKey", key);
        return JSON.writeValueAsString(body);
    }

    public ResultActions submit(Authentication who, String body) throws Exception {
        return mvc.perform(post("/api/v1/applications").with(authentication(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Submits an application for {@code item} and returns its case number. */
    public String apply(ItemDetail item, Authentication who) throws Exception {
        String response = submit(who, application(item, who, newKey())).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(response, "$.caseNumber");
    }

    public ResultActions act(Authentication who, String caseNumber, Map<String, Object> action) throws Exception {
        return mvc.perform(post("/api/v1/cases/{n}/actions", caseNumber).with(authentication(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(action)));
    }

    /** Runs casework's check for cases gone overdue now, as its schedule would; returns how many it found. */
    public int notifyOverdue() {
        return deadlines.notifyOverdue();
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }
}
