package com.voicepact.domain.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.messaging.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** The voice XML is well-formed and uses only AT's actions with AT's attributes (the reference's action list). */
class CallScriptTest {

    private static final Map<String, Set<String>> AT_ACTIONS = Map.of(
            "Say", Set.of("voice", "playBeep"),
            "Play", Set.of("url"),
            "GetDigits", Set.of("numDigits", "timeout", "finishOnKey", "callbackUrl"),
            "Dial", Set.of("phoneNumbers", "record", "sequential", "callerId", "ringBackTone", "maxDuration"),
            "Record", Set.of("finishOnKey", "maxLength", "timeout", "trimSilence", "playBeep", "callbackUrl"),
            "Reject", Set.of());

    private static Document parse(String xml) throws Exception {
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertOnlyAtActions(Document doc) {
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("Response");
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            assertThat(n.getNodeType()).isEqualTo(Node.ELEMENT_NODE);
            String action = ((Element) n).getTagName();
            assertThat(AT_ACTIONS).containsKey(action);
            NamedNodeMap attributes = n.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                assertThat(AT_ACTIONS.get(action)).contains(attributes.item(i).getNodeName());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenAnsweredCall_whenScripted_thenConsentThenARecordedDialOfEveryOtherParty(Language language)
            throws Exception {
        Document doc = parse(CallScript.consentAndDial(
                List.of(new PhoneNumber("+254722000111"), new PhoneNumber("+254733000222")), language));
        assertOnlyAtActions(doc);
        Element say = (Element) doc.getElementsByTagName("Say").item(0);
        Element dial = (Element) doc.getElementsByTagName("Dial").item(0);
        assertThat(say.getTextContent()).contains(language == Language.EN ? "recorded" : "inarekodiwa");
        assertThat(dial.getAttribute("phoneNumbers")).isEqualTo("+254722000111,+254733000222");
        assertThat(dial.getAttribute("record")).isEqualTo("true");
        assertThat(say.compareDocumentPosition(dial) & Node.DOCUMENT_POSITION_FOLLOWING)
                .as("consent comes first")
                .isNotZero();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenUnknownCall_whenRejected_thenWellFormedEvenWithMarkupInTheReason(Language ignored) throws Exception {
        Document doc = parse(CallScript.reject("<unknown> & \"odd\""));
        assertOnlyAtActions(doc);
        assertThat(doc.getElementsByTagName("Say").item(0).getTextContent()).isEqualTo("<unknown> & \"odd\"");
    }
}
