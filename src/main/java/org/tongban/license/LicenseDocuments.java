package org.tongban.license;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.document.DocumentFonts;
import org.tongban.document.NoticeLayout;
import org.tongban.document.NoticeLayout.Block;
import org.tongban.license.Licenses.LicenseView;
import org.tongban.shared.PublicLinks;

/**
 * A license as a PDF: the issuer in red, the type as title, the identifier, the face data, the validity, the
 * seal over the issuer's name and date, a QR code of its verification address, and its signed data attached
 * ({@value LicenseVerifier#ATTACHMENT}) so that the PDF alone can be verified at {@code /verify}.
 */
@Component
public class LicenseDocuments {

    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final Seals seals;
    private final LicenseVerifier verifier;
    private final DocumentFonts fonts;
    private final MessageSource messages;
    private final Clock clock;
    private final PublicLinks links;

    LicenseDocuments(Seals seals, LicenseVerifier verifier, DocumentFonts fonts, MessageSource messages, Clock clock,
            PublicLinks links) {
        this.seals = seals;
        this.verifier = verifier;
        this.fonts = fonts;
        this.messages = messages;
        this.clock = clock;
        this.links = links;
    }

    /** The address anyone opens to verify the license (what its QR code holds). */
    public String verifyUrl(String identifier) {
        return links.absolute("/verify/" + identifier);
    }

    /** The address of a 亮证 check. */
    public String showUrl(String token) {
        return links.absolute("/verify/shown/" + token);
    }

    public byte[] pdf(LicenseView license) {
        List<Block> blocks = new ArrayList<>();
        license.face().forEach(f -> blocks.add(Block.field(f.label() + "：", f.value().isEmpty() ? "—" : f.value())));
        blocks.add(Block.rule());
        blocks.add(Block.field(text("license.pdf.validity"), validity(license)));
        blocks.add(Block.field(text("license.pdf.issuedOn"), date(license.issuedOn())));
        blocks.add(Block.field(text("license.pdf.identifier"), license.identifier()));
        if (!license.status().usable()) {
            blocks.add(Block.field(text("license.pdf.status"), text("license.status." + license.status().name())));
        }
        blocks.add(Block.paragraph(text("license.pdf.note")));
        NoticeLayout.Notice notice = new NoticeLayout.Notice(license.issuerName(), license.typeName(),
                text("license.pdf.number", LicenseIdentifier.parse(license.identifier())
                        .map(id -> id.serial() + "-" + id.versionText()).orElse(license.identifier())),
                blocks, date(license.issuedOn()),
                verifyUrl(license.identifier()), text("license.pdf.qr"), text("document.page"), license.typeName(),
                clock.instant());
        NoticeLayout.Stamp stamp = new NoticeLayout.Stamp(seals.image(license.issuerName()),
                LicenseVerifier.ATTACHMENT, "application/json", verifier.file(license));
        try (DocumentFonts.Face face = fonts.open()) {
            return NoticeLayout.render(notice, face, stamp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw license " + license.identifier(), e);
        }
    }

    public String fileName(LicenseView license) {
        return license.typeName() + "-" + license.identifier() + ".pdf";
    }

    String validity(LicenseView license) {
        return text("license.pdf.validityRange", date(license.validFrom()),
                license.validUntil() == null ? text("license.validity.open") : date(license.validUntil()));
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(text("document.date.pattern"), LOCALE).format(date);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LOCALE);
    }
}
