/**
 * 好差评、我要吐槽、12345: every case (一事一评) and every in-person service contact (一次一评) rated once on the
 * five-level scale, by web, phone, the tablet facing the applicant at a window, a kiosk, a one-use SMS link or
 * the QR code on receipts and decisions; a default rating, never counted as active, for the unrated; every bad
 * rating verified, rectified (at once, by a ledgered deadline, or explained), followed up and closed, or appealed
 * to a supervisor. Complaints (办不成事 on every page), 12345 hotline tickets and Open311 GeoReport v2 requests
 * share one ticket lifecycle: 受理 → 派单 (会办) → 签收 / 退单 → 办理 (延期) → 答复 → 办结 → 回访 → 归档, with
 * time limits by kind on working days, duplicate detection on the search module's Chinese analysis, and the
 * repeated problem flagged. Overdue, repeated and clustered problems are {@link org.tongban.feedback.FeedbackEvent}s
 * that supervision turns into items; {@link org.tongban.feedback.FeedbackRates} gives the six rates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "好差评、吐槽、12345",
        allowedDependencies = {"casework", "document::files", "document::qr", "identity", "notification", "region",
                "search::analysis", "shared"})
package org.tongban.feedback;
