package org.tongban.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A QR code (GB/T 18284) of a text, as the square of dark and light modules a page draws: error correction
 * level M, UTF-8, no quiet zone (the drawing keeps its own margin). Notices carry the address that shows a
 * case's progress; licenses carry their verification address, on paper and on pages ({@link #svgDataUri()}).
 */
@NamedInterface("qr")
public final class QrCode {

    private final BitMatrix matrix;

    private QrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    /**
     * @throws IllegalArgumentException when the text is blank or too long for any QR code version
     */
    public static QrCode of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a QR code needs a text");
        }
        try {
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8")));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
        }
    }

    /** Modules per side. */
    public int size() {
        return matrix.getWidth();
    }

    /**
     * The code as an SVG image in a {@code data:} URI, for an {@code <img>} on a page: one unit per module, a
     * quiet zone of four, black on white, crisp edges at any size.
     */
    public String svgDataUri() {
        int size = size();
        StringBuilder path = new StringBuilder();
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                if (dark(col, row)) {
                    path.append('M').append(col + 4).append(' ').append(row + 4).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + (size + 8) + " " + (size + 8)
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the module in this column and row is dark. */
    public boolean dark(int column, int row) {
        return matrix.get(column, row);
    }
}
