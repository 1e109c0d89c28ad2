package org.gflow.engine.documents.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gflow.engine.documents.layout.DocumentLayout;
import org.gflow.engine.documents.layout.FieldFormat;
import org.gflow.engine.documents.layout.LayoutField;
import org.gflow.engine.documents.layout.LayoutSection;
import org.gflow.engine.documents.layout.LocalizedText;
import org.gflow.engine.documents.layout.SectionStyle;
import org.gflow.engine.documents.render.FilledDocument.Field;
import org.gflow.engine.documents.render.FilledDocument.Items;
import org.gflow.engine.documents.render.FilledDocument.Paragraph;
import org.gflow.engine.documents.render.FilledDocument.Section;
import org.gflow.engine.documents.render.FilledDocument.SignatureBlock;
import org.gflow.engine.documents.render.FilledDocument.Trail;

/**
 * Fills a layout with a case's values. Checks everything before anything is issued: all
 * missing variables are reported together, then all characters the font cannot print — a
 * document is never issued with a blank where a value belongs or with text silently dropped.
 */
public final class LayoutFiller {

    private final LaoFonts fonts;

    public LayoutFiller(LaoFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * @throws DocumentInputException naming the missing or unreadable variables, or the
     *     characters the font lacks and where they are
     */
    public FilledDocument fill(DocumentLayout layout, CaseValues values) {
        requirePresent(layout, values);
        requirePrintable(layout, values);
        Map<String, FieldFormat> formats = new LinkedHashMap<>();
        layout.fields().forEach(field -> formats.put(field.variable(), field.format()));
        return new FilledDocument(
                layout,
                resolve(layout.issuer(), values, formats),
                resolve(layout.title(), values, formats),
                fields(layout, values),
                resolve(layout.body(), values, formats),
                sections(layout, values),
                signature(layout, values),
                resolve(layout.footer(), values, formats),
                layout.holderVariable() != null && values.isPresent(layout.holderVariable())
                        ? values.text(layout.holderVariable(), FieldFormat.TEXT)
                        : null,
                readValidUntil(values));
    }

    private static SignatureBlock signature(DocumentLayout layout, CaseValues values) {
        var signature = layout.signature();
        if (signature == null || !values.isPresent(signature.variable())) {
            return null;
        }
        List<String> titles = signature.titleVariable() == null
                ? List.of()
                : values.raw(signature.titleVariable()).map(LayoutFiller::lines).orElse(List.of());
        return new SignatureBlock(signature.label(), values.text(signature.variable(), FieldFormat.TEXT), titles);
    }

    private static List<String> lines(Object value) {
        if (value instanceof List<?> list) {
            return list.stream()
                    .filter(item -> item != null && !item.toString().isBlank())
                    .map(Object::toString)
                    .toList();
        }
        return value.toString().isBlank() ? List.of() : List.of(value.toString());
    }

    private static void requirePresent(DocumentLayout layout, CaseValues values) {
        List<String> missing = requiredVariables(layout).stream()
                .filter(name -> !values.isPresent(name))
                .toList();
        if (!missing.isEmpty()) {
            throw new DocumentInputException(
                    "the " + layout.name() + " layout needs "
                            + (missing.size() == 1 ? "variable " : "variables ")
                            + String.join(
                                    ", ",
                                    missing.stream()
                                            .map(name -> "'" + name + "'")
                                            .toList())
                            + ", missing or blank in the case",
                    missing);
        }
    }

    /** Required fields and sections, the signer, and every variable a text refers to. */
    static Set<String> requiredVariables(DocumentLayout layout) {
        Set<String> required = new LinkedHashSet<>();
        Stream.of(layout.issuer(), layout.title()).forEach(text -> required.addAll(placeholders(text)));
        layout.fields().stream().filter(LayoutField::required).forEach(field -> required.add(field.variable()));
        layout.fields().forEach(field -> required.addAll(placeholders(field.label())));
        required.addAll(placeholders(layout.body()));
        layout.sections().stream().filter(LayoutSection::required).forEach(section -> required.add(section.variable()));
        if (layout.signature() != null && layout.signature().required()) {
            required.add(layout.signature().variable());
        }
        required.addAll(placeholders(layout.footer()));
        return required;
    }

    private static Set<String> placeholders(LocalizedText text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            names.addAll(TemplateText.variables(text.lo()));
            if (text.hasEnglish()) {
                names.addAll(TemplateText.variables(text.en()));
            }
        }
        return names;
    }

    private static LocalizedText resolve(LocalizedText text, CaseValues values, Map<String, FieldFormat> formats) {
        if (text == null) {
            return null;
        }
        return new LocalizedText(
                TemplateText.fill(text.lo(), name -> values.text(name, formats.getOrDefault(name, FieldFormat.TEXT))),
                text.hasEnglish()
                        ? TemplateText.fill(
                                text.en(), name -> values.text(name, formats.getOrDefault(name, FieldFormat.TEXT)))
                        : null);
    }

    private static List<Field> fields(DocumentLayout layout, CaseValues values) {
        Map<String, FieldFormat> noFormats = Map.of();
        return layout.fields().stream()
                .filter(field -> values.isPresent(field.variable()))
                .map(field -> new Field(
                        resolve(field.label(), values, noFormats), values.text(field.variable(), field.format())))
                .toList();
    }

    private static List<Section> sections(DocumentLayout layout, CaseValues values) {
        List<Section> sections = new ArrayList<>();
        for (LayoutSection section : layout.sections()) {
            if (!values.isPresent(section.variable())) {
                continue;
            }
            SectionStyle style = section.style();
            sections.add(
                    switch (style) {
                        case PARAGRAPH ->
                            new Paragraph(section.heading(), values.text(section.variable(), FieldFormat.TEXT));
                        case LIST -> new Items(section.heading(), values.items(section.variable()));
                        case SIGNOFF_TRAIL ->
                            new Trail(section.heading(), SignoffTrail.read(values.rows(section.variable())));
                    });
        }
        return sections;
    }

    private static java.time.LocalDate readValidUntil(CaseValues values) {
        try {
            return values.date("validUntil").orElse(null);
        } catch (RuntimeException unreadable) {
            throw new DocumentInputException("variable 'validUntil' is not a date", List.of("validUntil"));
        }
    }

    /** Checks the values a layout prints, and the layout's own texts, against the font. */
    private void requirePrintable(DocumentLayout layout, CaseValues values) {
        Map<String, Set<String>> unprintable = new LinkedHashMap<>();
        for (String variable : printedVariables(layout)) {
            values.raw(variable)
                    .map(String::valueOf)
                    .map(fonts::unsupportedCharacters)
                    .filter(characters -> !characters.isEmpty())
                    .ifPresent(characters -> unprintable.put("variable '" + variable + "'", characters));
        }
        Set<String> inLayout = fonts.unsupportedCharacters(layoutTexts(layout));
        if (!inLayout.isEmpty()) {
            unprintable.put("the " + layout.name() + " layout", inLayout);
        }
        if (!unprintable.isEmpty()) {
            List<String> places = new ArrayList<>();
            unprintable.forEach((place, characters) -> places.add(describe(characters) + " in " + place));
            throw new DocumentInputException(
                    "the document font (Noto Sans Lao) cannot print " + String.join("; ", places),
                    unprintable.keySet().stream()
                            .filter(place -> place.startsWith("variable "))
                            .map(place -> place.substring("variable '".length(), place.length() - 1))
                            .toList());
        }
    }

    private static Set<String> printedVariables(DocumentLayout layout) {
        Set<String> printed = new LinkedHashSet<>(requiredVariables(layout));
        layout.fields().forEach(field -> printed.add(field.variable()));
        layout.sections().forEach(section -> printed.add(section.variable()));
        if (layout.holderVariable() != null) {
            printed.add(layout.holderVariable());
        }
        return printed;
    }

    private static String layoutTexts(DocumentLayout layout) {
        StringBuilder texts = new StringBuilder();
        Stream.concat(
                        Stream.of(
                                layout.issuer(),
                                layout.title(),
                                layout.body(),
                                layout.footer(),
                                layout.signature() == null
                                        ? null
                                        : layout.signature().label()),
                        Stream.concat(
                                layout.fields().stream().map(LayoutField::label),
                                layout.sections().stream().map(LayoutSection::heading)))
                .filter(java.util.Objects::nonNull)
                .forEach(text -> texts.append(text.lo())
                        .append(' ')
                        .append(text.hasEnglish() ? text.en() : "")
                        .append(' '));
        return texts.toString();
    }

    private static String describe(Set<String> characters) {
        return String.join(
                ", ",
                characters.stream()
                        .map(character ->
                                "'" + character + "' (U+" + String.format("%04X", character.codePointAt(0)) + ")")
                        .toList());
    }
}
