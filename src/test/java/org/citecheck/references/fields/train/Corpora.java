package org.citecheck.references.fields.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.citecheck.references.fields.Label;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the labelled references the field model learns from: AnyStyle's parser data ({@code
 * <sequence>}s of labelled spans), GROBID's citation corpus (TEI {@code <bibl>}s), both in {@code
 * ../shared/data/citations}, and this project's own examples, written in AnyStyle's form.
 */
public final class Corpora {

  /** AnyStyle's (and our) span names; names not here are {@link Label#fromId} or NOTE. */
  private static final Map<String, Label> ANYSTYLE =
      Map.ofEntries(
          Map.entry("container-title", Label.CONTAINER),
          Map.entry("journal", Label.CONTAINER),
          Map.entry("source", Label.CONTAINER),
          Map.entry("collection-title", Label.COLLECTION),
          Map.entry("medium", Label.GENRE),
          Map.entry("director", Label.AUTHOR),
          Map.entry("producer", Label.AUTHOR));

  private Corpora() {}

  /** Everything under the shared data folder, in a fixed order. */
  public static List<LabelledReference> shared(Path folder) {
    List<LabelledReference> all = new ArrayList<>();
    for (String name : List.of("core.xml", "good.xml", "bad.xml")) {
      all.addAll(anystyle(folder.resolve("anystyle").resolve(name)));
    }
    try (Stream<Path> files = Files.list(folder.resolve("grobid-citation"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        all.addAll(grobid(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  public static List<LabelledReference> anystyle(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return anystyle(in, "anystyle/" + file.getFileName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<LabelledReference> anystyle(InputStream in, String origin) {
    List<LabelledReference> out = new ArrayList<>();
    NodeList sequences = parse(in).getElementsByTagName("sequence");
    for (int s = 0; s < sequences.getLength(); s++) {
      List<LabelledReference.Piece> pieces = new ArrayList<>();
      for (Node child = sequences.item(s).getFirstChild();
          child != null;
          child = child.getNextSibling()) {
        if (child instanceof Element element) {
          String name = element.getTagName();
          Label label = ANYSTYLE.getOrDefault(name, Label.fromId(name));
          pieces.add(new LabelledReference.Piece(element.getTextContent(), label));
          pieces.add(new LabelledReference.Piece(" ", null));
        }
      }
      LabelledReference reference = LabelledReference.of(origin + "#" + s, pieces);
      if (!reference.tokens().isEmpty()) {
        out.add(reference);
      }
    }
    return out;
  }

  public static List<LabelledReference> grobid(Path file) {
    List<LabelledReference> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      NodeList bibls = parse(in).getElementsByTagName("bibl");
      for (int b = 0; b < bibls.getLength(); b++) {
        Element bibl = (Element) bibls.item(b);
        boolean analytic = hasAnalyticTitle(bibl);
        List<LabelledReference.Piece> pieces = new ArrayList<>();
        for (Node child = bibl.getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child instanceof Element element) {
            pieces.add(
                new LabelledReference.Piece(
                    element.getTextContent(), grobidLabel(element, analytic)));
          } else if (child.getNodeType() == Node.TEXT_NODE) {
            pieces.add(new LabelledReference.Piece(child.getTextContent(), null));
          }
        }
        LabelledReference reference =
            LabelledReference.of("grobid/" + file.getFileName() + "#" + b, pieces);
        if (!reference.tokens().isEmpty()) {
          out.add(reference);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static boolean hasAnalyticTitle(Element bibl) {
    NodeList titles = bibl.getElementsByTagName("title");
    for (int i = 0; i < titles.getLength(); i++) {
      if ("a".equals(((Element) titles.item(i)).getAttribute("level"))) {
        return true;
      }
    }
    return false;
  }

  private static Label grobidLabel(Element element, boolean analytic) {
    String type = element.getAttribute("type").toLowerCase(java.util.Locale.ROOT);
    String unit = element.getAttribute("unit");
    return switch (element.getTagName()) {
      case "author", "orgName" -> Label.AUTHOR;
      case "editor" -> Label.EDITOR;
      case "title" ->
          switch (element.getAttribute("level")) {
            case "a" -> Label.TITLE;
            case "j" -> Label.CONTAINER;
            case "s" -> Label.COLLECTION;
            default -> analytic ? Label.CONTAINER : Label.TITLE;
          };
      case "date" -> Label.DATE;
      case "biblScope" ->
          switch (unit.isEmpty() ? type : unit) {
            case "volume", "vol" -> Label.VOLUME;
            case "issue" -> Label.ISSUE;
            case "page", "pp" -> Label.PAGES;
            default -> Label.NOTE;
          };
      case "publisher" -> Label.PUBLISHER;
      case "pubPlace", "pubplace" -> Label.LOCATION;
      case "ptr" -> Label.URL;
      case "idno" -> type.equals("doi") ? Label.DOI : type.equals("isbn") ? Label.ISBN : Label.NOTE;
      case "lb" -> null;
      default -> Label.NOTE;
    };
  }

  private static org.w3c.dom.Document parse(InputStream in) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setNamespaceAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(in);
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("cannot read labelled data: " + e.getMessage(), e);
    }
  }
}
