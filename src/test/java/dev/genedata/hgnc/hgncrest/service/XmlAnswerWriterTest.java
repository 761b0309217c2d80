package dev.genedata.hgnc.hgncrest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Whatever a stored record's strings hold, its XML is well-formed and says the same. */
class XmlAnswerWriterTest {

    @Test
    void specialCharactersAreEscapedAndThoseXmlCannotHoldReplaced() throws Exception {
        String record = "{\"symbol\":\"<A&B> \\\"q\\\" \\u0001 \\ud800 \\ud83e\\uddec\",\"n\":[1,2147483648,1.5,true]}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlAnswerWriter.INSTANCE.start(out, 0, 1, Float.NaN);
        byte[] json = record.getBytes(StandardCharsets.UTF_8);
        XmlAnswerWriter.INSTANCE.record(out, json, 0, json.length, true);
        XmlAnswerWriter.INSTANCE.end(out);

        Element doc = (Element) parse(out.toByteArray()).getElementsByTagName("doc").item(0);
        Element symbol = (Element) doc.getElementsByTagName("str").item(0);
        assertThat(symbol.getAttribute("name")).isEqualTo("symbol");
        assertThat(symbol.getTextContent()).isEqualTo("<A&B> \"q\" \uFFFD \uFFFD \ud83e\uddec");
        Element numbers = (Element) doc.getElementsByTagName("arr").item(0);
        assertThat(numbers.getAttribute("name")).isEqualTo("n");
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < numbers.getChildNodes().getLength(); i++) {
            Element value = (Element) numbers.getChildNodes().item(i);
            typed.append(value.getTagName()).append(' ').append(value.getTextContent()).append(';');
        }
        assertThat(typed).hasToString("int 1;long 2147483648;double 1.5;bool true;");
    }

    @Test
    void anErrorIsWellFormedWithItsMessageAndCode() throws Exception {
        Element root = parse(XmlAnswerWriter.error(400, "malformed query: \"<EOF>\" & more")).getDocumentElement();
        assertThat(root.getTextContent()).contains("malformed query: \"<EOF>\" & more");
        assertThat(root.getElementsByTagName("int").item(0).getTextContent()).isEqualTo("400");
    }

    private static org.w3c.dom.Document parse(byte[] xml) throws Exception {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (IOException e) {
            throw new AssertionError(new String(xml, StandardCharsets.UTF_8), e);
        }
    }
}
