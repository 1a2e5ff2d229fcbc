package dev.lookasidelint.analyzer.project.msbuild;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Parses project files from untrusted trees. A DOCTYPE is refused outright (MSBuild files never have one),
 * so no entity, internal or external, is ever expanded and nothing is fetched from disk or network; the
 * other switches are belt and braces should the first one be lost.
 */
final class SafeXml {
    private SafeXml() {}

    static Document parse(Path file) throws BuildFileException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not read");
            });
            return builder.parse(in);
        } catch (SAXException e) {
            String m = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
            if (m.contains("DOCTYPE")) m = "a DOCTYPE is not allowed in a project file (DTDs and entities are not read)";
            throw new BuildFileException(file, m);
        } catch (IOException e) {
            throw new BuildFileException(file, "cannot read: " + e.getClass().getSimpleName());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required safety feature", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        return f;
    }
}
