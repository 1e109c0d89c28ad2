package org.gflow.engine.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gflow.engine.Api;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Speaks GeoReport v2 to the engine as an app would: form-encoded posts, JSON and XML answers. */
final class Open311Client {

    static final String ROOT = "/open311/v2/";

    private final Api http;

    Open311Client(String baseUrl) {
        this.http = Api.anonymous(baseUrl);
    }

    /** A GET of a JSON answer. */
    Api.Reply json(String path) {
        Api.Reply reply = http.get(ROOT + path);
        assertJsonOrErrors(reply);
        return reply;
    }

    /** A GET of an XML answer, parsed. */
    Xml xml(String path) {
        Api.Reply reply = http.download(ROOT + path);
        return Xml.of(reply);
    }

    /** A POST of these fields, form-encoded as the protocol posts them. */
    Api.Reply post(String path, Map<String, String> fields) {
        return http.postRaw(
                ROOT + path, "application/x-www-form-urlencoded", form(fields).getBytes(StandardCharsets.UTF_8));
    }

    /** The fields of a typical request; change or remove any before posting. */
    static Map<String, String> request(String apiKey, String description, String phone, String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("api_key", apiKey);
        fields.put("service_code", "public-service");
        fields.put("description", description);
        fields.put("attribute[province]", "bokeo");
        fields.put("lat", "20.2739");
        fields.put("long", "100.4137");
        fields.put("address_string", "ບ້ານຫ້ວຍຊາຍ, ເມືອງຫ້ວຍຊາຍ");
        fields.put("first_name", name);
        fields.put("last_name", "ວົງສາ");
        fields.put("phone", phone);
        fields.put("email", "citizen@example.la");
        return fields;
    }

    /** The single error of an Open311 error list, checked to repeat the HTTP status as its code. */
    static JsonNode onlyError(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(status);
        assertThat(reply.json().isArray())
                .as("an error list: " + reply.raw().body())
                .isTrue();
        assertThat(reply.json()).hasSize(1);
        JsonNode error = reply.json().get(0);
        assertThat(error.path("code").asInt()).isEqualTo(status);
        assertThat(error.path("description").asText()).isNotBlank();
        return error;
    }

    private static void assertJsonOrErrors(Api.Reply reply) {
        assertThat(reply.raw().headers().firstValue("Content-Type").orElse(""))
                .as(reply.raw().body())
                .startsWith("application/json");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** An XML answer: its status, its raw text and its parsed document. */
    record Xml(int status, String body, Document document) {

        static Xml of(Api.Reply reply) {
            String body = reply.raw().body();
            assertThat(reply.raw().headers().firstValue("Content-Type").orElse(""))
                    .as(body)
                    .startsWith("text/xml");
            try {
                DocumentBuilderFactory parsers = DocumentBuilderFactory.newInstance();
                parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Document document = parsers.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
                return new Xml(reply.status(), body, document);
            } catch (Exception e) {
                throw new AssertionError("not XML: " + body, e);
            }
        }

        String root() {
            return document.getDocumentElement().getTagName();
        }

        /** The root's children of this name, each as its child elements' texts by name. */
        List<Map<String, String>> items(String name) {
            List<Map<String, String>> items = new ArrayList<>();
            for (Node child = document.getDocumentElement().getFirstChild();
                    child != null;
                    child = child.getNextSibling()) {
                if (child instanceof Element item && item.getTagName().equals(name)) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (Node field = item.getFirstChild(); field != null; field = field.getNextSibling()) {
                        if (field instanceof Element element) {
                            fields.put(element.getTagName(), element.getTextContent());
                        }
                    }
                    items.add(fields);
                }
            }
            return items;
        }

        /** The texts of every element of this name, anywhere in the document. */
        List<String> texts(String name) {
            List<String> texts = new ArrayList<>();
            var nodes = document.getElementsByTagName(name);
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        }
    }
}
