package org.gflow.engine.documents.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Draws QR codes as vector squares: sharp at any zoom or print resolution, and smaller than an
 * embedded image. Error correction level M survives a fold or a stamp across the code.
 */
final class QrCodes {

    /** White modules around the code, as the QR specification asks. */
    static final int QUIET_ZONE = 4;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET,
            StandardCharsets.UTF_8.name(),
            EncodeHintType.MARGIN,
            0);

    private QrCodes() {}

    /**
     * Draws the code for a text with its lower left corner (quiet zone included) at x, y.
     *
     * @param size the side of the square including the quiet zone
     */
    static void draw(PdfContentByte canvas, String text, float x, float y, float size) {
        BitMatrix modules = encode(text);
        int count = modules.getWidth();
        float module = size / (count + 2 * QUIET_ZONE);
        float originX = x + QUIET_ZONE * module;
        float originY = y + size - QUIET_ZONE * module;
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < count; row++) {
            int column = 0;
            while (column < count) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                // one rectangle per horizontal run of dark modules
                int runStart = column;
                while (column < count && modules.get(column, row)) {
                    column++;
                }
                canvas.rectangle(
                        originX + runStart * module,
                        originY - (row + 1) * module,
                        (column - runStart) * module,
                        module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    private static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("cannot encode a QR code for '" + text + "'", tooLong);
        }
    }
}
