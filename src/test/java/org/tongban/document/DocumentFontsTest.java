package org.tongban.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents always have a Chinese font: the shipped one unless a usable one is configured. */
class DocumentFontsTest {

    @Test
    void withoutSettingsTheShippedFontDrawsChinese() throws Exception {
        DocumentFonts fonts = new DocumentFonts("");
        assertThat(fonts.faceName()).isEqualTo("WenQuanYiMicroHei");
        try (DocumentFonts.Face face = fonts.open(); PDDocument document = new PDDocument()) {
            assertThat(face.embedIn(document).encode("一网通办 办件编号 0123 张三丰 龘")).isNotEmpty();
        }
    }

    @Test
    void aConfiguredFileThatIsNoUsableFontFallsBackToTheShippedOne(@TempDir Path dir) throws Exception {
        Path notAFont = Files.writeString(dir.resolve("fake.ttf"), "this is not a font");
        assertThat(new DocumentFonts(notAFont.toString()).faceName()).isEqualTo("WenQuanYiMicroHei");
        assertThat(new DocumentFonts(dir.resolve("missing.ttf").toString()).faceName()).isEqualTo("WenQuanYiMicroHei");
        assertThat(new DocumentFonts("\u0000bad").faceName()).isEqualTo("WenQuanYiMicroHei");
    }
}
