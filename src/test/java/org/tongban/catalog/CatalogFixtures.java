package org.tongban.catalog;

import java.util.List;

/** A valid listing content that passes every quality rule, for tests to break one rule at a time. */
final class CatalogFixtures {

    static final String LANSHAN_APPROVALS = "临沂市兰山区行政审批服务局";

    private CatalogFixtures() {
    }

    static ListingContent valid(String basicCode) {
        return new ListingContent(basicCode, LANSHAN_APPROVALS, "371302", null,
                new ListingContent.TimeLimit(20, "W", "《行政许可法》第四十二条"),
                new ListingContent.TimeLimit(5, "W", ""), "PROMISED", 0, null,
                List.of("CONSULT", "RECEIVE", "PRE_REVIEW", "ACCEPT", "PROCESS", "RESULT_FEEDBACK", "LICENSE_FEEDBACK"),
                List.of("WINDOW", "ONLINE", "POST"), "依法设立的企业，场所符合要求。", "CROSS_COUNTY", true, true, false, true,
                List.of(new ListingContent.Step("受理", "窗口或网上收件并当场受理", "即时"),
                        new ListingContent.Step("审查", "审查申请材料", "2个工作日"),
                        new ListingContent.Step("决定", "作出准予或不予许可的决定", "1个工作日"),
                        new ListingContent.Step("办结", "制发证照", "1个工作日"),
                        new ListingContent.Step("送达", "窗口领取、邮寄或电子送达", "1个工作日")),
                List.of(), List.of(), List.of(),
                new ListingContent.Result("测试经营许可证", "CERTIFICATE", "测试经营许可证（样本）"),
                List.of("ENTERPRISE"), List.of(), List.of("准营"), true, List.of("测试许可"),
                new ListingContent.Contact("0539-8888888", "12345", "临沂市兰山区人民政府", "临沂市兰山区人民法院"),
                "依法申请许可", "如实提交材料",
                List.of(new ListingContent.Faq("多久能办好？", "材料齐全的 5 个工作日内办结。")),
                List.of(new ListingContent.Material("测试许可申请表", "ORIGINAL", "PAPER_OR_ELECTRONIC", 1, "A4", "REQUIRED",
                        "APPLICANT", "申请人", "内容完整、签章清晰", "按样表填写", "《测试办法》第五条", true,
                        "测试许可申请表（空表）", "测试许可申请表（样表）")),
                List.of("H371302"), "企业开展测试经营前申请，材料齐全 5 个工作日办好，可全程网办。");
    }
}
