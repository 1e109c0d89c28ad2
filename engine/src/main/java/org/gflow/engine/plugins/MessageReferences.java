package org.gflow.engine.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gflow.plugin.api.PluginMessages;

/**
 * Lets a plugin's forms and document layouts take their texts from its message bundles: a JSON
 * text that is exactly {@code msg:<key>} becomes the Lao text of the key, {@code msg.en:<key>} its
 * English text. Resolved once, when the plugin is installed, so Camunda and the renderer see plain
 * texts. A key the Lao bundle lacks refuses the resource, naming it.
 */
final class MessageReferences {

    private static final Pattern REFERENCE = Pattern.compile("msg(\\.en)?:([A-Za-z0-9_.-]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> lao;
    private final PluginMessages messages;

    MessageReferences(PluginMessages messages) {
        this.messages = messages;
        this.lao = messages.all(PluginMessages.LAO);
    }

    /**
     * @param name the resource's name, for the refusal
     * @return the resource with its references replaced; the same bytes when it has none
     * @throws IllegalArgumentException naming a key the plugin's messages lack, or JSON that does not parse
     */
    byte[] resolve(String name, byte[] json) {
        if (!new String(json, java.nio.charset.StandardCharsets.UTF_8).contains("msg")) {
            return json;
        }
        try {
            JsonNode tree = JSON.readTree(json);
            return replaced(name, tree) ? JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree) : json;
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private boolean replaced(String name, JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                TextNode text = text(name, field.getValue());
                if (text != null) {
                    field.setValue(text);
                    changed = true;
                } else {
                    changed |= replaced(name, field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                TextNode text = text(name, array.get(i));
                if (text != null) {
                    array.set(i, text);
                    changed = true;
                } else {
                    changed |= replaced(name, array.get(i));
                }
            }
        }
        return changed;
    }

    private TextNode text(String name, JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        Matcher reference = REFERENCE.matcher(node.textValue());
        if (!reference.matches()) {
            return null;
        }
        String key = reference.group(2);
        if (!lao.containsKey(key)) {
            throw new IllegalArgumentException(
                    name + " names the message '" + key + "', which gflow/messages_lo.properties lacks");
        }
        return TextNode.valueOf(messages.text(key, reference.group(1) == null ? PluginMessages.LAO : Locale.ENGLISH));
    }
}
