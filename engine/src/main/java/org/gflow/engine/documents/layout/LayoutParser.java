package org.gflow.engine.documents.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates a layout file. Every problem is reported as an
 * {@link IllegalArgumentException} naming the file and the offending entry, so a ministry's IT
 * team sees at plugin install time what to fix, not at issue time on a citizen's certificate.
 */
public final class LayoutParser {

    private static final Pattern FILE_NAME = Pattern.compile("([a-z]+)(?:-([a-z0-9][a-z0-9-]*))?\\.json");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> TOP_LEVEL_KEYS = Set.of(
            "kind", "issuer", "title", "holder", "fields", "body", "sections", "signature", "footer");

    private final ObjectMapper json = new ObjectMapper();

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
            return read(name.group(1), name.group(2), tree(content));
        } catch (IllegalArgumentException problem) {
            throw new IllegalArgumentException("layout " + fileName + ": " + problem.getMessage(), problem);
        }
    }

    private JsonNode tree(byte[] content) {
        try {
            JsonNode root = json.readTree(content);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("must be a JSON object");
            }
            return root;
        } catch (JsonProcessingException invalid) {
            throw new IllegalArgumentException("is not valid JSON: " + invalid.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("cannot be read: " + unreadable.getMessage());
        }
    }

    private DocumentLayout read(String kindInName, String permitType, JsonNode root) {
        root.fieldNames().forEachRemaining(key -> {
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown entry '" + key + "', expected " + TOP_LEVEL_KEYS);
            }
        });
        DocumentKind kind = DocumentKind.fromCode(requiredText(root, "kind"));
        if (!kind.code().equals(kindInName)) {
            throw new IllegalArgumentException("'kind' is " + kind.code() + " but the file name says " + kindInName);
        }
        List<LayoutField> fields = fields(root.path("fields"));
        List<LayoutSection> sections = sections(root.path("sections"));
        checkUnique(fields, sections);
        return new DocumentLayout(kind, permitType,
                localized(root, "issuer", true),
                localized(root, "title", true),
                holder(kind, optionalVariable(root, "holder"), fields),
                fields,
                localized(root, "body", false),
                sections,
                signature(root.path("signature")),
                localized(root, "footer", false));
    }

    /** Without a {@code holder} entry, a certificate's first field names its holder. */
    private static String holder(DocumentKind kind, String declared, List<LayoutField> fields) {
        if (declared != null || kind != DocumentKind.CERTIFICATE || fields.isEmpty()) {
            return declared;
        }
        return fields.get(0).variable();
    }

    private List<LayoutField> fields(JsonNode array) {
        List<LayoutField> fields = new ArrayList<>();
        for (JsonNode field : elements(array, "fields")) {
            String at = "fields[" + fields.size() + "]";
            fields.add(new LayoutField(
                    variable(field, at),
                    localized(field, "label", true, at),
                    field.path("required").asBoolean(false),
                    FieldFormat.fromCode(field.path("format").asText("text"))));
        }
        return fields;
    }

    private List<LayoutSection> sections(JsonNode array) {
        List<LayoutSection> sections = new ArrayList<>();
        for (JsonNode section : elements(array, "sections")) {
            String at = "sections[" + sections.size() + "]";
            sections.add(new LayoutSection(
                    variable(section, at),
                    localized(section, "heading", true, at),
                    section.path("required").asBoolean(false),
                    SectionStyle.fromCode(section.path("style").asText("paragraph"))));
        }
        return sections;
    }

    private Signature signature(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String title = node.path("title").asText(null);
        return new Signature(variable(node, "signature"), localized(node, "label", true, "signature"),
                title == null || title.isBlank() ? null : title, true);
    }

    private static List<JsonNode> elements(JsonNode array, String name) {
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("'" + name + "' must be a list");
        }
        List<JsonNode> elements = new ArrayList<>();
        array.elements().forEachRemaining(elements::add);
        return elements;
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

    private static String variable(JsonNode node, String at) {
        String variable = requiredText(node, "variable", at);
        if (!VARIABLE.matcher(variable).matches()) {
            throw new IllegalArgumentException("'" + at + ".variable' is not a variable name: '" + variable + "'");
        }
        return variable;
    }

    private static String optionalVariable(JsonNode root, String key) {
        JsonNode node = root.path(key);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String variable = node.asText("").trim();
        if (!node.isTextual() || !VARIABLE.matcher(variable).matches()) {
            throw new IllegalArgumentException("'" + key + "' is not a variable name: '" + variable + "'");
        }
        return variable;
    }

    private static LocalizedText localized(JsonNode parent, String key, boolean required) {
        return localized(parent, key, required, null);
    }

    private static LocalizedText localized(JsonNode parent, String key, boolean required, String at) {
        String path = at == null ? key : at + "." + key;
        JsonNode node = parent.path(key);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                throw new IllegalArgumentException("'" + path + "' is required");
            }
            return null;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("'" + path + "' must be an object {\"lo\": …, \"en\": …}");
        }
        String lao = node.path("lo").asText("");
        if (lao.isBlank()) {
            throw new IllegalArgumentException("'" + path + ".lo' is required: Lao comes first");
        }
        JsonNode english = node.path("en");
        return new LocalizedText(lao, english.isTextual() ? english.asText() : null);
    }

    private static String requiredText(JsonNode node, String key) {
        return requiredText(node, key, null);
    }

    private static String requiredText(JsonNode node, String key, String at) {
        JsonNode value = node.path(key);
        String path = at == null ? key : at + "." + key;
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("'" + path + "' is required");
        }
        return value.asText().trim();
    }
}
