package org.citecheck.document.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The few DOM look-ups the WordprocessingML walk needs, by namespace and local name. */
final class Dom {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private Dom() {}

  static List<Element> children(Element parent, String ns, String local) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && is(e, ns, local)) {
        found.add(e);
      }
    }
    return found;
  }

  static Element child(Element parent, String ns, String local) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && is(e, ns, local)) {
        return e;
      }
    }
    return null;
  }

  static Element lastChild(Element parent, String ns, String local) {
    for (Node n = parent.getLastChild(); n != null; n = n.getPreviousSibling()) {
      if (n instanceof Element e && is(e, ns, local)) {
        return e;
      }
    }
    return null;
  }

  static boolean is(Element e, String ns, String local) {
    return ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
  }

  /** A WordprocessingML attribute ({@code w:val}), or "" when absent. */
  static String attr(Element e, String local) {
    return e == null ? "" : e.getAttributeNS(W, local);
  }
}
