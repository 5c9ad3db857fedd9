package org.tongban.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.tongban.shared.BusinessException;
import org.tongban.shared.PublicLinks;
import org.tongban.document.DocumentFonts;
import org.tongban.document.NoticeLayout;
import org.tongban.document.NoticeLayout.Block;

/**
 * 空表 and 样表: the downloadable blank and sample of every material that is a form, drawn from the published
 * listing as PDFs — the blank with lines to fill in by hand, the sample filled with example values and
 * marked as such — each with its filling notes and a QR code back to the guide.
 */
@Service
public class FormTemplates {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    /** The fields every application form of the platform shares, in order (the field dictionary's core). */
    private static final List<String> FIELDS = List.of("applicant", "number", "mobile", "address", "item", "reason",
            "signature", "date");

    private final Catalog catalog;
    private final DocumentFonts fonts;
    private final MessageSource messages;
    private final Clock clock;
    private final PublicLinks links;

    FormTemplates(Catalog catalog, DocumentFonts fonts, MessageSource messages, Clock clock,
            PublicLinks links) {
        this.catalog = catalog;
        this.fonts = fonts;
        this.messages = messages;
        this.clock = clock;
        this.links = links;
    }

    /** A rendered form and the file name to offer it under. */
    public record Form(String fileName, byte[] pdf) {
    }

    /** The blank ({@code sample == false}) or sample of the listing's {@code index}-th material, if it is a form. */
    public Form render(String code, int index, boolean sample) {
        ItemDetail item = catalog.published(code).orElseThrow(() -> new BusinessException(CatalogError.ITEM_NOT_FOUND));
        if (index < 0 || index >= item.materials().size() || !item.materials().get(index).isForm()) {
            throw new BusinessException(CatalogError.FORM_NOT_FOUND);
        }
        ItemDetail.MaterialView material = item.materials().get(index);
        String title = sample ? material.sampleForm() : material.blankForm();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.field(label("form.pdf.item"), item.name()));
        blocks.add(Block.field(label("form.pdf.department"), item.department().name()));
        blocks.add(Block.rule());
        if (sample) {
            blocks.add(Block.paragraph(text("form.pdf.sampleNote")));
        }
        for (String field : FIELDS) {
            String value = sample ? text("form.sample." + field, item.name())
                    : "item".equals(field) ? item.name() : text("form.blank.line");
            blocks.add(Block.field(label("form.field." + field), value));
        }
        if (material.fillingNotes() != null && !material.fillingNotes().isBlank()) {
            blocks.add(Block.rule());
            blocks.add(Block.labelled(label("form.pdf.notes"), material.fillingNotes()));
        }
        if (material.basis() != null && !material.basis().isBlank()) {
            blocks.add(Block.labelled(label("form.pdf.basis"), material.basis()));
        }
        var notice = new NoticeLayout.Notice(item.department().name(), title, item.code(), blocks, "",
                links.absolute("/guide/" + item.code()), text("form.pdf.qr"), text("document.page"), item.name(),
                clock.instant());
        try (DocumentFonts.Face face = fonts.open()) {
            return new Form(title + ".pdf", NoticeLayout.render(notice, face));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String label(String key) {
        return text("form.pdf.label", text(key));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ZH);
    }
}
