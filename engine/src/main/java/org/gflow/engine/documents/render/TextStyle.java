package org.gflow.engine.documents.render;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;

/**
 * How a run of text is set: face, size, colour and alignment. Line height is 1.6 times the
 * size, which leaves room for Lao's stacked vowels and tone marks above and below the line.
 */
record TextStyle(BaseFont font, float size, Color color, Align align) {

    /** Horizontal alignment within the available width. */
    enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    static TextStyle regular(float size) {
        return new TextStyle(LaoFonts.get().regular(), size, INK, Align.LEFT);
    }

    static TextStyle bold(float size) {
        return new TextStyle(LaoFonts.get().bold(), size, INK, Align.LEFT);
    }

    /** The same in the muted colour used for English under Lao. */
    TextStyle muted() {
        return new TextStyle(font, size, MUTED, align);
    }

    TextStyle aligned(Align alignment) {
        return new TextStyle(font, size, color, alignment);
    }

    float leading() {
        return size * 1.6f;
    }

    /** The advance width of a text in points: Lao marks have no advance and shaping only kerns, so this bounds the shaped width. */
    float width(String text) {
        return font.getWidthPoint(text, size);
    }
}
