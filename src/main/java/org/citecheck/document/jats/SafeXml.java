package org.citecheck.document.jats;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.citecheck.CitecheckException;
import org.w3c.dom.Document;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Parses XML with the JDK's own parser, nothing fetched and nothing expanded: the DTD a JATS file
 * names (the NLM DTD) is not loaded, external entities and XInclude are off, and a document that
 * declares entities of its own is refused before its content is read, so neither an entity bomb
 * (billion laughs) nor an external entity (a local file, a URL) is ever expanded.
 */
final class SafeXml {

  /** Deeper nesting is refused: no article comes near it, and the readers walk it recursively. */
  private static final String MAX_DEPTH = "500";

  private SafeXml() {}

  static Document parse(String xml, String name) {
    refuseEntityDeclarations(xml, name);
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setAttribute("jdk.xml.maxElementDepth", MAX_DEPTH);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(THROWING);
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("it refers to an external file (" + systemId + ")");
          });
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw CitecheckException.input(
          name
              + ": not well-formed XML at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + message(e));
    } catch (SAXException e) {
      throw CitecheckException.input(name + ": the XML cannot be read: " + message(e));
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be set up", e);
    }
  }

  /**
   * Reads the prolog only (it stops at the root element), failing on the first entity declaration
   * in the document's internal DTD subset: the parser reports it before any use of it.
   */
  private static void refuseEntityDeclarations(String xml, String name) {
    try {
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      XMLReader reader = factory.newSAXParser().getXMLReader();
      DefaultHandler2 handler =
          new DefaultHandler2() {
            @Override
            public void internalEntityDecl(String entity, String value) throws SAXException {
              throw new EntityDeclared(entity);
            }

            @Override
            public void externalEntityDecl(String entity, String publicId, String systemId)
                throws SAXException {
              throw new EntityDeclared(entity);
            }

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts)
                throws SAXException {
              throw new PrologRead();
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              throw e;
            }
          };
      reader.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
      reader.setContentHandler(handler);
      reader.setErrorHandler(handler);
      reader.setEntityResolver(handler);
      reader.parse(new InputSource(new StringReader(xml)));
    } catch (EntityDeclared e) {
      throw CitecheckException.input(
          name
              + ": refused: the XML declares its own entity '"
              + e.getMessage()
              + "', which could expand without bound or read a local file; it was not expanded");
    } catch (PrologRead e) {
      // The root element is reached: no entity was declared.
    } catch (SAXParseException e) {
      throw CitecheckException.input(
          name
              + ": not well-formed XML at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + message(e));
    } catch (SAXException e) {
      throw CitecheckException.input(name + ": the XML cannot be read: " + message(e));
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be set up", e);
    }
  }

  private static String message(Exception e) {
    String message = e.getMessage() == null ? "unknown error" : e.getMessage();
    // The JDK prefixes its limits' messages with a code ("JAXP00010004: ...").
    return message.replaceFirst("^JAXP\\d+:\\s*", "").strip();
  }

  private static final ErrorHandler THROWING =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // Warnings (an undeclared attribute) do not stop the reading.
        }

        @Override
        public void error(SAXParseException e) {
          // Validity errors do not apply: the document is not validated against its DTD.
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private static final class EntityDeclared extends SAXException {
    EntityDeclared(String entity) {
      super(entity);
    }
  }

  private static final class PrologRead extends SAXException {
    PrologRead() {
      super("prolog read");
    }
  }
}
