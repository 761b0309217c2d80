package dev.genedata.hgnc.hgncrest.rest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads HGNC's Solr-style XML answers with the JDK's DOM parser, and spells out what a record's {@code <doc>}
 * must hold, worked out from the record's JSON types: independent of the service's own writer.
 */
final class SolrXml {

    private final Element response;

    private SolrXml(Element response) {
        this.response = response;
    }

    /** Parses a whole answer; fails unless it is well-formed XML with {@code <response>} at its root. */
    static SolrXml parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element root = document.getDocumentElement();
            if (!root.getTagName().equals("response")) {
                throw new AssertionError("the root element is <" + root.getTagName() + ">, not <response>");
            }
            return new SolrXml(root);
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** {@code <int name="status">} of the response header. */
    int status() {
        return Integer.parseInt(named(named(response, "lst", "responseHeader"), "int", "status").getTextContent());
    }

    /** The message of an error answer: {@code <lst name="error"><str name="msg">}. */
    String errorMessage() {
        return named(named(response, "lst", "error"), "str", "msg").getTextContent();
    }

    /** The code of an error answer: {@code <lst name="error"><int name="code">}. */
    int errorCode() {
        return Integer.parseInt(named(named(response, "lst", "error"), "int", "code").getTextContent());
    }

    /** An attribute of {@code <result name="response">}: numFound, start, maxScore. */
    String result(String attribute) {
        return named(response, "result", "response").getAttribute(attribute);
    }

    /** The documents of the result, in order. */
    List<Element> docs() {
        return elements(named(response, "result", "response"), "doc");
    }

    /** The text of a document's field of this type, e.g. {@code <str name="symbol">}. */
    static String field(Element doc, String type, String name) {
        return named(doc, type, name).getTextContent();
    }

    /** The texts of the elements in a document's {@code <arr name="...">}. */
    static List<String> array(Element doc, String name) {
        return elements(named(doc, "arr", name), null).stream().map(Node::getTextContent).toList();
    }

    /** A document's fields in order, each as {@code type name=value} ({@code arr} as {@code arr name=[type value, ...]}). */
    static List<String> fields(Element doc) {
        List<String> fields = new ArrayList<>();
        for (Element field : elements(doc, null)) {
            String value = field.getTagName().equals("arr")
                    ? elements(field, null).stream().map(e -> e.getTagName() + " " + e.getTextContent()).toList().toString()
                    : field.getTextContent();
            fields.add(field.getTagName() + " " + field.getAttribute("name") + "=" + value);
        }
        return fields;
    }

    /** What {@link #fields} must give for a record, from the JSON type of each of its values. */
    static List<String> expectedFields(ObjectNode record) {
        List<String> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            String shown = value.isArray()
                    ? value.valueStream().map(e -> type(e) + " " + e.asText()).toList().toString()
                    : value.asText();
            fields.add(type(value) + " " + field.getKey() + "=" + shown);
        }
        return fields;
    }

    private static String type(JsonNode value) {
        if (value.isArray()) {
            return "arr";
        }
        if (value.isInt()) {
            return "int";
        }
        if (value.isIntegralNumber()) {
            return "long";
        }
        return value.isTextual() ? "str" : value.getNodeType().toString();
    }

    private static Element named(Element parent, String tag, String name) {
        return elements(parent, tag).stream().filter(e -> e.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + tag + " name=\"" + name + "\"> in <" + parent.getTagName()
                        + ">"));
    }

    private static List<Element> elements(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (tag == null || element.getTagName().equals(tag))) {
                found.add(element);
            }
        }
        return found;
    }
}
