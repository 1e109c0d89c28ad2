package org.gflow.engine.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;

/**
 * The two shapes of every Open311 answer: JSON, and XML whose elements carry the JSON's field
 * names, a list wrapped in an element naming the list and each item naming one of them
 * ({@code <services><service>…}). One tree serves both, so they cannot say different things.
 */
enum Open311Format {
    JSON(MediaType.APPLICATION_JSON),
    XML(MediaType.TEXT_XML);

    /** The element of one item in each list the protocol names. */
    private static final Map<String, String> ITEMS = Map.of(
            "services", "service",
            "service_requests", "request",
            "attributes", "attribute",
            "values", "value",
            "errors", "error",
            "endpoints", "endpoint",
            "formats", "format");

    // the JDK's own writer, whatever other StAX implementation a library brings onto the class path:
    // the same bytes on every build
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newDefaultFactory();

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = new MediaType(mediaType, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The format a path's ending asks for ({@code requests.xml}); JSON for anything else. */
    static Open311Format ofPath(String path) {
        return path != null && path.toLowerCase(Locale.ROOT).endsWith(".xml") ? XML : JSON;
    }

    /** The format named by the {@code .json} or {@code .xml} of a path; anything else is unknown. */
    static Open311Format named(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw Open311Exception.notFound("Open311 answers in .json or .xml.");
        };
    }

    MediaType mediaType() {
        return mediaType;
    }

    /**
     * @param root the XML root element's name, one of the lists the protocol names or an object's
     *     name ({@code service_definition})
     */
    String write(ObjectMapper json, String root, Object body) {
        JsonNode tree = json.valueToTree(body);
        if (this == JSON) {
            try {
                return json.writeValueAsString(tree);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an Open311 answer could not be written", e);
            }
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, tree);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("an Open311 answer could not be written", e);
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, JsonNode node) throws XMLStreamException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        xml.writeStartElement(name);
        if (node.isArray()) {
            String item = ITEMS.getOrDefault(name, "item");
            for (JsonNode each : node) {
                element(xml, item, each);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                element(xml, field.getKey(), field.getValue());
            }
        } else {
            xml.writeCharacters(node.asText());
        }
        xml.writeEndElement();
    }
}
