package org.tongban.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.tongban.document.DocumentFonts;
import org.tongban.document.NoticeLayout;
import org.tongban.document.NoticeLayout.Block;
import org.tongban.region.DepartmentView;
import org.tongban.region.RegionDirectory;
import org.tongban.region.RegionView;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;
import org.tongban.shared.PublicLinks;
import org.tongban.shared.RegionCode;
import tools.jackson.databind.JsonNode;

/**
 * A case's official documents (文书) as PDFs: the receipt (收件回执), the correction notice (补正告知书),
 * the acceptance notice (受理通知书), the refusal (不予受理决定书) and the decisions (准予/不予决定书).
 * Whoever may see the case may have its documents, and a document exists only once the case has reached
 * it ({@link DocumentKind#isAvailableFor}). Every document is issued in the name of the case's department,
 * dated by the step it records, and carries a QR code with the address of the case.
 */
@Service
public class CaseDocuments {

    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    /** How {@link CaseActions} joins the missing items of a correction. */
    private static final String MISSING_SEPARATOR = "；";
    /** 行政许可 in the catalog's item types. */
    private static final String PERMIT = "01";

    private final CaseQueries queries;
    private final Cases cases;
    private final CaseSteps steps;
    private final RegionDirectory regions;
    private final DocumentFonts fonts;
    private final MessageSource messages;
    private final Clock clock;
    private final PublicLinks links;

    CaseDocuments(CaseQueries queries, Cases cases, CaseSteps steps, RegionDirectory regions, DocumentFonts fonts,
            MessageSource messages, Clock clock,
            PublicLinks links) {
        this.queries = queries;
        this.cases = cases;
        this.steps = steps;
        this.regions = regions;
        this.fonts = fonts;
        this.messages = messages;
        this.clock = clock;
        this.links = links;
    }

    /**
     * The document as a PDF.
     *
     * @throws BusinessException {@link CaseError#CASE_NOT_FOUND} when the caller may not see the case,
     *         {@link CaseError#DOCUMENT_NOT_AVAILABLE} when the case has not reached the document yet
     */
    public byte[] render(CaseNumber caseNumber, DocumentKind kind, Actor actor) {
        CaseQueries.CaseView view = queries.view(caseNumber, actor);
        if (!kind.isAvailableFor(view)) {
            throw new BusinessException(CaseError.DOCUMENT_NOT_AVAILABLE);
        }
        NoticeLayout.Notice notice = notice(view, kind);
        try (DocumentFonts.Face face = fonts.open()) {
            return NoticeLayout.render(notice, face);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw " + kind + " of " + caseNumber, e);
        }
    }

    /** The file name a document is downloaded as: the case number and the document's name. */
    public String fileName(CaseNumber caseNumber, DocumentKind kind) {
        return caseNumber + "-" + text("document.kind." + kind.name()) + ".pdf";
    }

    /**
     * The address the QR code holds: the case's rating page (一事一评 by QR), which shows the case's progress until
     * it is finished and asks for the rating after.
     */
    String caseUrl(String caseNumber) {
        return links.absolute("/rate/case/" + caseNumber + "?via=qr");
    }

    private NoticeLayout.Notice notice(CaseQueries.CaseView view, DocumentKind kind) {
        Case aCase = cases.findByCaseNumber(view.caseNumber())
                .orElseThrow(() -> new BusinessException(CaseError.CASE_NOT_FOUND));
        List<CaseStep> history = steps.findByCaseIdOrderByAtAscIdAsc(aCase.id());
        boolean permit = PERMIT.equals(aCase.itemType());
        String submitted = date(view.submittedAt());
        List<Block> blocks = new ArrayList<>(facts(view));
        blocks.add(Block.rule());
        LocalDate signed = switch (kind) {
            case RECEIPT -> receipt(view, submitted, blocks);
            case CORRECTION_NOTICE -> correction(view, history, submitted, blocks);
            case ACCEPTANCE_NOTICE -> acceptance(view, history, submitted, blocks);
            case REFUSAL_DECISION -> refusal(view, history, submitted, blocks);
            case APPROVAL_DECISION, DENIAL_DECISION -> decision(view, history, kind, permit, submitted, blocks);
        };
        String titleKey = "document.title." + kind.name();
        String title = permit ? optional(titleKey + ".permit").orElse(text(titleKey)) : text(titleKey);
        return new NoticeLayout.Notice(issuer(view), title,
                text("document.number", view.caseNumber() + "-" + kind.numberSuffix()), blocks, date(signed),
                caseUrl(view.caseNumber()), text("document.qr.caption"), text("document.page"), view.itemName(),
                clock.instant());
    }

    private List<Block> facts(CaseQueries.CaseView view) {
        List<Block> facts = new ArrayList<>();
        facts.add(Block.field(text("document.field.caseNumber"), view.caseNumber()));
        facts.add(Block.field(text("document.field.item"), view.itemName()));
        if (view.applicant() != null) {
            facts.add(Block.field(text("document.field.applicant"), view.applicant().name()));
            if (view.applicant().number() != null) {
                String label = optional("document.field.number." + view.applicant().kind())
                        .orElse(text("document.field.number"));
                facts.add(Block.field(label, view.applicant().number()));
            }
        }
        facts.add(Block.field(text("document.field.submittedAt"), date(view.submittedAt())));
        return facts;
    }

    private LocalDate receipt(CaseQueries.CaseView view, String submitted, List<Block> blocks) {
        blocks.add(Block.paragraph(text("document.receipt.body", submitted, view.itemName())));
        int number = 0;
        if (view.materials() != null) {
            for (JsonNode material : view.materials()) {
                String name = material.path("name").asString("");
                String line = material.path("paper").asBoolean(false) ? text("document.material.paper", name)
                        : material.hasNonNull("producedBy")
                                ? text("document.material.producedBy", name, material.get("producedBy").asString())
                        : material.hasNonNull("fileName")
                                ? text("document.material.file", name, material.get("fileName").asString())
                                : name;
                blocks.add(Block.item(++number + ".", line));
            }
        }
        if (number == 0) {
            blocks.add(Block.paragraph(text("document.receipt.noMaterials")));
        }
        if (view.intakeDeadline() != null) {
            blocks.add(Block.paragraph(text("document.receipt.deadline", date(view.intakeDeadline()))));
        }
        blocks.add(Block.paragraph(text("document.receipt.note")));
        return localDate(view.submittedAt());
    }

    private LocalDate correction(CaseQueries.CaseView view, List<CaseStep> history, String submitted,
            List<Block> blocks) {
        CaseQueries.ClockStopView stop = view.clockStops().stream().filter(s -> "CORRECTION".equals(s.kind()))
                .reduce((first, second) -> second).orElse(null);
        blocks.add(Block.paragraph(text("document.correction.body", submitted, view.itemName())));
        List<String> missing = stop == null || stop.reason() == null ? List.of()
                : Arrays.stream(stop.reason().split(MISSING_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
        for (int i = 0; i < missing.size(); i++) {
            blocks.add(Block.item((i + 1) + ".", missing.get(i)));
        }
        Optional<CaseStep> request = last(history, CaseAction.REQUEST_CORRECTION.wireName());
        request.map(CaseStep::opinion).filter(o -> !o.isBlank())
                .ifPresent(opinion -> blocks.add(Block.labelled(text("document.field.note"), opinion.strip())));
        LocalDate stopped = stop != null ? stop.startedOn()
                : request.map(step -> localDate(step.at())).orElse(localDate(view.submittedAt()));
        blocks.add(Block.paragraph(text("document.correction.clock", date(stopped))));
        if (stop != null && stop.endedOn() != null) {
            blocks.add(Block.paragraph(text("document.correction.resumed", date(stop.endedOn()))));
        }
        return stopped;
    }

    private LocalDate acceptance(CaseQueries.CaseView view, List<CaseStep> history, String submitted,
            List<Block> blocks) {
        Optional<CaseStep> accept = last(history, CaseAction.ACCEPT.wireName());
        LocalDate accepted = accept.map(step -> localDate(step.at())).orElse(localDate(view.acceptedAt()));
        blocks.add(Block.paragraph(text("document.acceptance.body", submitted, view.itemName(), date(accepted))));
        // The deadline promised when accepted; a special procedure may have moved the case's since.
        LocalDate promised = accept.map(step -> detail(step, "promisedDeadline")).filter(s -> !s.isEmpty())
                .map(LocalDate::parse).orElse(view.promisedDeadline());
        if (promised != null) {
            blocks.add(Block.paragraph(text("document.acceptance.deadline", date(promised))));
        }
        blocks.add(Block.paragraph(text("document.acceptance.track")));
        return accepted;
    }

    private LocalDate refusal(CaseQueries.CaseView view, List<CaseStep> history, String submitted,
            List<Block> blocks) {
        Optional<CaseStep> refuse = last(history, CaseAction.REFUSE.wireName());
        blocks.add(Block.paragraph(text("document.refusal.body", submitted, view.itemName())));
        reasonsAndBasis(refuse, blocks, "document.field.reason");
        blocks.add(Block.paragraph(text("document.remedy")));
        return refuse.map(step -> localDate(step.at())).orElse(LocalDate.now(clock));
    }

    private LocalDate decision(CaseQueries.CaseView view, List<CaseStep> history, DocumentKind kind, boolean permit,
            String submitted, List<Block> blocks) {
        boolean approved = kind == DocumentKind.APPROVAL_DECISION;
        String action = approved ? CaseAction.APPROVE.wireName() : CaseAction.DENY.wireName();
        Optional<CaseStep> decided = last(history, action);
        Optional<CaseStep> proposed = last(history, "propose-" + action);
        String object = text(permit ? "document.decision.object.permit" : "document.decision.object.other");
        blocks.add(Block.paragraph(text(approved ? "document.approval.body" : "document.denial.body", submitted,
                view.itemName(), object)));
        if (proposed.isPresent()) {
            opinion(proposed, blocks, "document.field.opinion");
            reasonsAndBasis(decided, blocks, approved ? "document.field.signing" : "document.field.reason");
        } else {
            reasonsAndBasis(decided, blocks, approved ? "document.field.opinion" : "document.field.reason");
        }
        if (!approved) {
            blocks.add(Block.paragraph(text("document.remedy")));
        }
        return view.decidedAt() != null ? localDate(view.decidedAt())
                : decided.map(step -> localDate(step.at())).orElse(LocalDate.now(clock));
    }

    /** The step's opinion under {@code label}, then its legal basis when it gave one. */
    private void reasonsAndBasis(Optional<CaseStep> step, List<Block> blocks, String label) {
        opinion(step, blocks, label);
        step.map(s -> detail(s, "basis")).filter(basis -> !basis.isBlank())
                .ifPresent(basis -> blocks.add(Block.labelled(text("document.field.basis"), basis)));
    }

    private void opinion(Optional<CaseStep> step, List<Block> blocks, String label) {
        step.map(CaseStep::opinion).filter(opinion -> !opinion.isBlank())
                .ifPresent(opinion -> blocks.add(Block.labelled(text(label), opinion.strip())));
    }

    private static Optional<CaseStep> last(List<CaseStep> history, String step) {
        return history.stream().filter(s -> step.equals(s.step())).reduce((first, second) -> second);
    }

    /**
     * A value from a step's detail, which {@link CaseActions} writes as {@code key=value} pairs separated by
     * spaces; a legal basis is always the last pair and may itself contain spaces.
     */
    static String detail(CaseStep step, String key) {
        String detail = step.detail() == null ? "" : " " + step.detail();
        int at = detail.indexOf(" " + key + "=");
        if (at < 0) {
            return "";
        }
        String value = detail.substring(at + key.length() + 2);
        return "basis".equals(key) ? value.strip() : value.split(" ", 2)[0];
    }

    private String issuer(CaseQueries.CaseView view) {
        return regions.department(view.departmentCode()).map(DepartmentView::name)
                .or(() -> RegionCode.parse(view.regionCode()).flatMap(regions::region).map(RegionView::fullName))
                .orElse(view.departmentCode());
    }

    private LocalDate localDate(Instant instant) {
        return instant == null ? LocalDate.now(clock) : LocalDate.ofInstant(instant, clock.getZone());
    }

    private String date(Instant instant) {
        return date(localDate(instant));
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(text("document.date.pattern"), LOCALE).format(date);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LOCALE);
    }

    private Optional<String> optional(String key) {
        return Optional.ofNullable(messages.getMessage(key, null, null, LOCALE));
    }
}
