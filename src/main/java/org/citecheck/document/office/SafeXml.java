package org.citecheck.document.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.citecheck.CitecheckException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's XML parser set up for documents from strangers: a document type declaration is refused
 * outright (no Office or OpenDocument part has one), so no entity is ever expanded (the "billion
 * laughs") and no external entity or DTD is fetched (XXE reading {@code file:///etc/passwd}).
 * Secure processing stays on as the JDK's own limits behind that.
 */
public final class SafeXml {

  private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

  private SafeXml() {}

  /**
   * True when the bytes hold a document type declaration. Markup, not text: in character data a
   * {@code <} is always escaped, so only a declaration (or a comment quoting one) matches.
   */
  public static boolean declaresDtd(byte[] xml) {
    outer:
    for (int i = 0; i + DOCTYPE.length <= xml.length; i++) {
      for (int k = 0; k < DOCTYPE.length; k++) {
        if (xml[i + k] != DOCTYPE[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Parses a part, namespace-aware.
   *
   * @param name the file's name, for messages
   * @param part the part's name inside it, for messages
   */
  public static Document parse(byte[] xml, String name, String part) {
    if (declaresDtd(xml)) {
      throw dtd(name, part);
    }
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(SILENT);
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXParseException e) {
      if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
        throw dtd(name, part);
      }
      throw CitecheckException.input(
          name
              + " is damaged: its part "
              + part
              + " is not well-formed XML (line "
              + e.getLineNumber()
              + ")");
    } catch (SAXException | IOException e) {
      throw CitecheckException.input(name + " is damaged: its part " + part + " cannot be read");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
    }
  }

  static CitecheckException dtd(String name, String part) {
    return CitecheckException.input(
        name
            + " is refused: its part "
            + part
            + " declares a DTD (<!DOCTYPE>), which no word processor writes and which can hide an"
            + " entity bomb or a reference to local files; nothing in it was expanded or read");
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    // newDefaultInstance: the JDK's own parser, whatever other parsers the classpath brings.
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }

  /** Errors become the exception parse throws; the default handler would also print them. */
  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
