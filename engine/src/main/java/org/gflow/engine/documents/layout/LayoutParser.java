package org.gflow.engine.documents.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and validates a layout file: Jackson binds it to {@link LayoutFile}, then the rules a
 * binding cannot say are checked here. Every problem is reported as an
 * {@link IllegalArgumentException} naming the file and the offending entry, so a ministry's IT
 * team sees at plugin install time what to fix, not at issue time on a citizen's certificate.
 */
public final class LayoutParser {

    private static final Pattern FILE_NAME = Pattern.compile("([a-z]+)(?:-([a-z0-9][a-z0-9-]*))?\\.json");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * @param fileName {@code <kind>.json} or {@code <kind>-<permitType>.json}
     * @param content the file's UTF-8 JSON
     * @throws IllegalArgumentException naming the file and the problem
     */
    public DocumentLayout parse(String fileName, byte[] content) {
        Matcher name = FILE_NAME.matcher(fileName == null ? "" : fileName);
        if (!name.matches()) {
            throw new IllegalArgumentException("layout file name '" + fileName
                    + "' must be <kind>.json or <kind>-<permitType>.json in lower case");
        }
        try {
            return layout(name.group(1), name.group(2), bind(content));
        } catch (IllegalArgumentException problem) {
            throw new IllegalArgumentException("layout " + fileName + ": " + problem.getMessage(), problem);
        }
    }

    private LayoutFile bind(byte[] content) {
        try {
            LayoutFile file = json.readValue(content, LayoutFile.class);
            if (file == null) {
                throw new IllegalArgumentException("must be a JSON object");
            }
            return file;
        } catch (UnrecognizedPropertyException unknown) {
            throw new IllegalArgumentException("unknown entry '" + path(unknown) + "', expected one of "
                    + unknown.getKnownPropertyIds().stream()
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.toList()));
        } catch (JsonMappingException wrongShape) {
            throw new IllegalArgumentException("'" + path(wrongShape) + "' does not have the shape of a layout entry: "
                    + wrongShape.getOriginalMessage());
        } catch (JsonProcessingException invalid) {
            throw new IllegalArgumentException("is not valid JSON: " + invalid.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("cannot be read: " + unreadable.getMessage());
        }
    }

    /** {@code fields[2].label}, from Jackson's reference path. */
    private static String path(JsonMappingException problem) {
        StringBuilder path = new StringBuilder();
        for (var reference : problem.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(the file)" : path.toString();
    }

    private static DocumentLayout layout(String kindInName, String permitType, LayoutFile file) {
        DocumentKind kind = DocumentKind.fromCode(requiredText(file.kind(), "kind"));
        if (!kind.code().equals(kindInName)) {
            throw new IllegalArgumentException("'kind' is " + kind.code() + " but the file name says " + kindInName);
        }
        List<LayoutField> fields = fields(file.fields());
        List<LayoutSection> sections = sections(file.sections());
        checkUnique(fields, sections);
        return new DocumentLayout(
                kind,
                permitType,
                required(file.issuer(), "issuer"),
                required(file.title(), "title"),
                holder(
                        kind,
                        file.holder() == null ? null : variable(file.holder().strip(), "holder"),
                        fields),
                fields,
                optional(file.body(), "body"),
                sections,
                signature(file.signature()),
                optional(file.footer(), "footer"));
    }

    /** Without a {@code holder} entry, a certificate's first field names its holder. */
    private static String holder(DocumentKind kind, String declared, List<LayoutField> fields) {
        if (declared != null || kind != DocumentKind.CERTIFICATE || fields.isEmpty()) {
            return declared;
        }
        return fields.get(0).variable();
    }

    private static List<LayoutField> fields(List<LayoutFile.Field> entries) {
        List<LayoutField> fields = new ArrayList<>();
        for (LayoutFile.Field field : entries == null ? List.<LayoutFile.Field>of() : entries) {
            String at = "fields[" + fields.size() + "]";
            fields.add(new LayoutField(
                    variable(requiredText(field.variable(), at + ".variable"), at + ".variable"),
                    required(field.label(), at + ".label"),
                    field.required(),
                    FieldFormat.fromCode(field.format() == null ? "text" : field.format())));
        }
        return fields;
    }

    private static List<LayoutSection> sections(List<LayoutFile.Section> entries) {
        List<LayoutSection> sections = new ArrayList<>();
        for (LayoutFile.Section section : entries == null ? List.<LayoutFile.Section>of() : entries) {
            String at = "sections[" + sections.size() + "]";
            sections.add(new LayoutSection(
                    variable(requiredText(section.variable(), at + ".variable"), at + ".variable"),
                    required(section.heading(), at + ".heading"),
                    section.required(),
                    SectionStyle.fromCode(section.style() == null ? "paragraph" : section.style())));
        }
        return sections;
    }

    private static Signature signature(LayoutFile.SignatureEntry entry) {
        if (entry == null) {
            return null;
        }
        String title = entry.title() == null || entry.title().isBlank()
                ? null
                : variable(entry.title().strip(), "signature.title");
        return new Signature(
                variable(requiredText(entry.variable(), "signature.variable"), "signature.variable"),
                required(entry.label(), "signature.label"),
                title,
                true);
    }

    private static void checkUnique(List<LayoutField> fields, List<LayoutSection> sections) {
        Set<String> seen = new HashSet<>();
        fields.forEach(field -> requireNew(seen, field.variable()));
        sections.forEach(section -> requireNew(seen, section.variable()));
    }

    private static void requireNew(Set<String> seen, String variable) {
        if (!seen.add(variable)) {
            throw new IllegalArgumentException("variable '" + variable + "' appears twice");
        }
    }

    private static String variable(String name, String path) {
        if (!VARIABLE.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + path + "' is not a variable name: '" + name + "'");
        }
        return name;
    }

    private static LocalizedText required(LayoutFile.Text text, String path) {
        if (text == null) {
            throw new IllegalArgumentException("'" + path + "' is required");
        }
        return optional(text, path);
    }

    private static LocalizedText optional(LayoutFile.Text text, String path) {
        if (text == null) {
            return null;
        }
        if (text.lo() == null || text.lo().isBlank()) {
            throw new IllegalArgumentException("'" + path + ".lo' is required: Lao comes first");
        }
        return new LocalizedText(text.lo(), text.en());
    }

    private static String requiredText(String value, String path) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + path + "' is required");
        }
        return value.strip();
    }
}
