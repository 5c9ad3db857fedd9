package org.tongban.casework;


import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.tongban.IntegrationTest;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;

/**
 * Case documents (文书) as PDFs: each exists once the case has reached it, is drawn in an embedded Chinese
 * font with the facts of the case and, on its first page, a QR code holding the case's address; only those
 * who may see the case get it.
 */
class CaseDocumentsTest extends IntegrationTest {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Autowired
    ApplicationContext context;
    @Value("${tongban.public-url:http://localhost:8080}")
    String publicUrl;

    private CaseFixtures cases;
    private Authentication citizen;
    private String idNumber;
    private Authentication clerk;
    private Authentication approver;
    private Authentication leader;

    @BeforeEach
    void people() {
        var identity = IdentityFixtures.from(context);
        cases = CaseFixtures.of(mvc, context);
        idNumber = newIdNumber();
        citizen = identity.signedIn(identity.person("张三丰", idNumber, newMobile()).username());
    }

    private ItemDetail listing(boolean permit, String processingKind) {
        ItemDetail item = cases.listing(permit, processingKind);
        var identity = IdentityFixtures.from(context);
        String department = item.department().name();
        clerk = identity.signedIn(identity.staff(department, CaseworkRole.WINDOW_CLERK));
        approver = identity.signedIn(identity.staff(department, CaseworkRole.APPROVER));
        leader = identity.signedIn(identity.staff(department, AccountRole.DEPARTMENT_LEADER));
        return item;
    }

    private String view(String number) throws Exception {
        return mvc.perform(get("/api/v1/cases/{n}", number).with(authentication(citizen)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The document as the applicant gets it, checked for what every document has; returns its text. */
    private String document(String number, String kind, String name, String title) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/cases/{n}/documents/{k}", number, kind)
                        .with(authentication(citizen)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();
        ContentDisposition disposition = ContentDisposition.parse(response.getHeader(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(disposition.isInline()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo(number + "-" + name + ".pdf");
        byte[] pdf = response.getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("Tongban");
            assertThat(document.getDocumentInformation().getTitle()).contains(title);
            PDResources resources = document.getPage(0).getResources();
            assertThat(resources.getFontNames()).isNotEmpty();
            for (COSName fontName : resources.getFontNames()) {
                PDFont font = resources.getFont(fontName);
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
            }
            assertThat(qrCode(document)).isEqualTo(publicUrl + "/rate/case/" + number + "?via=qr");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            String maskedName = JsonPath.read(view(number), "$.applicant.name");
            assertThat(text).contains(title, number, maskedName).doesNotContain(idNumber);
            return text;
        }
    }

    /** The QR code on the first page, read from the page drawn at 150 dpi. */
    private static String qrCode(PDDocument document) throws Exception {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
        int width = page.getWidth();
        int height = page.getHeight();
        int[] pixels = page.getRGB(0, 0, width, height, null, 0, width);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private void notYet(String number, String kind) throws Exception {
        mvc.perform(get("/cases/{n}/documents/{k}", number, kind).with(authentication(citizen)))
                .andExpect(status().isConflict());
    }

    private static String date(String isoDate) {
        return CHINESE_DATE.format(LocalDate.parse(isoDate));
    }

    @Test
    void aPermitHasItsReceiptCorrectionNoticeAcceptanceNoticeAndApprovalInTurn() throws Exception {
        ItemDetail permit = listing(true, "PROMISED");
        String number = cases.apply(permit, citizen);

        String receipt = document(number, "receipt", "收件回执", "收件回执");
        assertThat(receipt).contains("material.pdf", date(JsonPath.read(view(number), "$.intakeDeadline")));
        for (ItemDetail.MaterialView material : permit.materials()) {
            if (material.required()) {
                assertThat(receipt).contains(material.name().replaceAll("\\s+", ""));
            }
        }
        notYet(number, "correction-notice");
        notYet(number, "acceptance-notice");
        notYet(number, "approval-decision");

        cases.act(clerk, number, Map.of("action", "request-correction", "missing",
                List.of("身份证复印件不清晰", "缺少申请表签字", "经营场所平面图未标注面积"), "opinion", "请一次性补齐"))
                .andExpect(jsonPath("$.status").value("CORRECTION_REQUESTED"));
        String correction = document(number, "correction-notice", "补正告知书", "补正材料告知书");
        assertThat(correction).contains("1.身份证复印件不清晰", "2.缺少申请表签字", "3.经营场所平面图未标注面积",
                "请一次性补齐", "计时暂停");

        cases.act(citizen, number, Map.of("action", "submit-correction")).andExpect(status().isOk());
        cases.act(clerk, number, Map.of("action", "accept")).andExpect(jsonPath("$.status").value("ACCEPTED"));
        String acceptance = document(number, "acceptance-notice", "受理通知书", "受理通知书");
        assertThat(acceptance).contains("予以受理", date(JsonPath.read(view(number), "$.promisedDeadline")));
        // The correction notice stays available, now telling that the clock runs again.
        assertThat(document(number, "correction-notice", "补正告知书", "补正材料告知书")).contains("计时恢复");
        notYet(number, "approval-decision");

        cases.act(approver, number, Map.of("action", "approve", "opinion", "材料齐全，符合条件", "basis", "《测试条例》第十条"))
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
        notYet(number, "approval-decision");
        cases.act(leader, number, Map.of("action", "approve", "opinion", "同意签发", "basis", "《测试条例》第十一条"))
                .andExpect(jsonPath("$.status").value("APPROVED"));
        String approval = document(number, "approval-decision", "准予办理决定书", "准予行政许可决定书");
        assertThat(approval).contains("决定准予行政许可", "材料齐全，符合条件", "同意签发", "《测试条例》第十一条");
        notYet(number, "denial-decision");
        notYet(number, "refusal-decision");

        // Staff who may see the case get its documents too.
        mvc.perform(get("/cases/{n}/documents/approval-decision", number).with(authentication(clerk)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
    }

    @Test
    void refusalAndDenialGiveReasonsLegalBasisAndTheRemedy() throws Exception {
        ItemDetail item = listing(false, "PROMISED");
        String refused = cases.apply(item, citizen);
        cases.act(clerk, refused, Map.of("action", "refuse", "opinion", "不属于本机关职权范围", "basis", "《行政许可法》第三十二条"))
                .andExpect(jsonPath("$.status").value("REFUSED"));
        String refusal = document(refused, "refusal-decision", "不予受理决定书", "不予受理决定书");
        assertThat(refusal).contains("理由：不属于本机关职权范围", "依据：《行政许可法》第三十二条", "60日内", "行政复议",
                "6个月内", "行政诉讼");
        notYet(refused, "acceptance-notice");

        String denied = cases.apply(item, citizen);
        cases.act(clerk, denied, Map.of("action", "accept")).andExpect(status().isOk());
        cases.act(approver, denied, Map.of("action", "deny", "opinion", "不符合条件", "basis", "《测试条例》第十二条"))
                .andExpect(jsonPath("$.status").value("DENIED"));
        String denial = document(denied, "denial-decision", "不予办理决定书", "不予办理决定书");
        assertThat(denial).contains("决定不予办理", "理由：不符合条件", "依据：《测试条例》第十二条", "60日内", "6个月内");
        notYet(denied, "approval-decision");
    }

    @Test
    void anImmediateItemDecidedOnTheSpotHasItsApproval() throws Exception {
        ItemDetail immediate = listing(true, "IMMEDIATE");
        String number = cases.apply(immediate, citizen);
        cases.act(clerk, number, Map.of("action", "accept")).andExpect(status().isOk());
        cases.act(clerk, number, Map.of("action", "approve", "opinion", "当场办结")).andExpect(jsonPath("$.status").value("APPROVED"));
        assertThat(document(number, "approval-decision", "准予办理决定书", "准予行政许可决定书")).contains("审查意见：当场办结");
    }

    @Test
    void strangersUnknownDocumentsAndDocumentsNotReachedAreRefused() throws Exception {
        ItemDetail item = listing(false, "PROMISED");
        String number = cases.apply(item, citizen);
        var identity = IdentityFixtures.from(context);
        var stranger = identity.signedIn(identity.person("李四", newIdNumber(), newMobile()).username());
        mvc.perform(get("/cases/{n}/documents/receipt", number).with(authentication(stranger)))
                .andExpect(status().isNotFound());
        var otherCounty = identity.signedIn(identity.staff("临沂市罗庄区行政审批服务局", CaseworkRole.WINDOW_CLERK));
        mvc.perform(get("/cases/{n}/documents/receipt", number).with(authentication(otherCounty)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/{n}/documents/receipt", "NO-SUCH-CASE").with(authentication(citizen)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/{n}/documents/certificate", number).with(authentication(citizen)))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("没有这种文书")));
        mvc.perform(get("/cases/{n}/documents/acceptance-notice", number).with(authentication(citizen)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("尚未办理到")));
    }

    @Test
    void casePagesLinkTheDocumentsTheCaseHas() throws Exception {
        ItemDetail item = listing(false, "PROMISED");
        String number = cases.apply(item, citizen);
        cases.act(clerk, number, Map.of("action", "accept")).andExpect(status().isOk());
        String page = mvc.perform(get("/me/cases/{n}", number).with(authentication(citizen)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/cases/" + number + "/documents/receipt", "/cases/" + number
                + "/documents/acceptance-notice", "受理通知书").doesNotContain("/documents/approval-decision");
        String work = mvc.perform(get("/workspace/cases/{n}", number).with(authentication(clerk)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(work).contains("/cases/" + number + "/documents/acceptance-notice");
    }
}
