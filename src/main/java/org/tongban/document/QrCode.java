package org.tongban.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A QR code (GB/T 18284) of a text, as the square of dark and light modules a page draws: error correction
 * level M, UTF-8, no quiet zone (the drawing keeps its own margin). Notices carry the address that shows a
 * case's progress; licenses will carry their verification address.
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

    /** Whether the module in this column and row is dark. */
    public boolean dark(int column, int row) {
        return matrix.get(column, row);
    }
}
