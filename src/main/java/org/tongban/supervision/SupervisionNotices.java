package org.tongban.supervision;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.identity.AccountRole;
import org.tongban.notification.InAppMessages;
import org.tongban.region.DepartmentView;
import org.tongban.region.RegionDirectory;
import org.tongban.region.RegionView;
import org.tongban.shared.Problems;
import org.tongban.shared.RegionCode;

/**
 * The in-app messages of supervision, written in the transaction of the step they report: to the responsible
 * unit's leaders and the named person (催办, 提醒, 黄牌, 红牌, reopening), and to the supervisors of the region
 * above (红牌 reported up; every department of that region gets the notice for its supervisors).
 */
@Component
class SupervisionNotices {

    private final InAppMessages messages;
    private final RegionDirectory regions;
    private final MessageSource texts;

    SupervisionNotices(InAppMessages messages, RegionDirectory regions, MessageSource texts) {
        this.messages = messages;
        this.regions = regions;
        this.texts = texts;
    }

    /** Tells the responsible unit: the message {@code supervision.notice.<kind>.title} and {@code .body}. */
    void toUnit(SupervisionItem item, String kind) {
        String title = text("supervision.notice." + kind + ".title", item.itemNumber());
        String body = text("supervision.notice." + kind + ".body", item.title(), item.deadline().toString(),
                item.requiredResult());
        messages.toRole(item.regionCode(), item.departmentCode(), AccountRole.DEPARTMENT_LEADER, title, body,
                item.link());
        if (item.responsiblePerson() != null) {
            messages.toAccount(item.responsiblePerson(), title, body, item.link());
        }
    }

    /**
     * Reports a red card to the supervisors of the region above the item's; returns that region's name, or
     * null when the item's region has none above it (the province).
     */
    String toRegionAbove(SupervisionItem item) {
        RegionView above = regions.region(RegionCode.of(item.regionCode())).map(RegionView::parentCode)
                .flatMap(RegionCode::parse).flatMap(regions::region)
                .orElse(null);
        if (above == null) {
            return null;
        }
        String unit = regions.department(item.departmentCode()).map(DepartmentView::name).orElse(item.departmentCode());
        String title = text("supervision.notice.reportUp.title", item.itemNumber());
        String body = text("supervision.notice.reportUp.body", unit, item.title(), item.deadline().toString());
        for (DepartmentView department : regions.departmentsIn(above.regionCode())) {
            messages.toRole(above.code(), department.code(), AccountRole.SUPERVISOR, title, body, item.link());
        }
        return above.name();
    }

    String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, Problems.LOCALE);
    }
}
