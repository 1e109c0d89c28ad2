package org.gflow.engine.documents.render;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The embedded Noto Sans Lao faces, with OpenPDF's complex-script layout switched on.
 *
 * <p>Without the layout processor OpenPDF places glyphs one after another from the font's cmap,
 * so Lao vowels and tone marks land beside their consonant instead of above or below it. The
 * processor shapes each run with Java's OpenType layout (GSUB/GPOS), which stacks them right.
 * It is a JVM-wide switch that must be on before a font is created, hence this one holder.
 */
public final class LaoFonts {

    private static final String REGULAR = "gflow/fonts/NotoSansLao-Regular.ttf";
    private static final String BOLD = "gflow/fonts/NotoSansLao-Bold.ttf";

    private static final LaoFonts INSTANCE = load();

    private final BaseFont regular;
    private final BaseFont bold;

    private LaoFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The fonts, loaded once per JVM. */
    public static LaoFonts get() {
        return INSTANCE;
    }

    private static LaoFonts load() {
        LayoutProcessor.enableKernLiga();
        // ActualText keeps the logical Lao string extractable and searchable after shaping
        LayoutProcessor.setWriteActualText();
        return new LaoFonts(create(REGULAR), create(BOLD));
    }

    private static BaseFont create(String resource) {
        if (LaoFonts.class.getClassLoader().getResource(resource) == null) {
            throw new IllegalStateException("font " + resource + " is not on the class path: the engine build"
                    + " puts it there (execution lao-font of engine/pom.xml)");
        }
        try {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read font " + resource, unreadable);
        }
    }

    /** Noto Sans Lao Regular. */
    public BaseFont regular() {
        return regular;
    }

    /** Noto Sans Lao Bold. */
    public BaseFont bold() {
        return bold;
    }

    /**
     * The characters of a text the fonts cannot draw, in order of first appearance. Line breaks
     * and other control characters are layout, not text, and never count.
     */
    public Set<String> unsupportedCharacters(String text) {
        Set<String> missing = new LinkedHashSet<>();
        text.codePoints()
                .filter(codePoint -> !Character.isISOControl(codePoint))
                .filter(codePoint -> !regular.charExists(codePoint) || !bold.charExists(codePoint))
                .forEach(codePoint -> missing.add(new String(Character.toChars(codePoint))));
        return missing;
    }
}
