package dk.jobandel.accounts.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as one SVG path (a square per dark module), drawn inline in the page: no image request, no script,
 * nothing the content security policy has to allow.
 */
final class QrCodes {

    /** The picture: {@code size} modules square (with the quiet zone), and the path of its dark modules. */
    record Svg(int size, String path) {}

    private QrCodes() {}

    static Svg of(String text) {
        try {
            var matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                    }
                }
            }
            return new Svg(matrix.getWidth(), path.toString());
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw a QR code of this text", e);
        }
    }
}
