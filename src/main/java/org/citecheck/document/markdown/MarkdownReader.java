package org.citecheck.document.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.document.markup.InlineText;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupFormat;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;
import org.citecheck.document.pdf.RaisedNumber;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown document's notes from its syntax tree (CommonMark with footnotes): footnote
 * definitions ({@code [^1]: ...}) and inline footnotes ({@code ^[...]}) are the notes, numbered by
 * the order of their first reference as pandoc and GitHub print them; without footnotes, a numbered
 * or bulleted list under a Notes, Endnotes or References heading; without either, the body's links,
 * each one entry, so that a README is link-checked all the same. Links give their exact targets; a
 * bare URL in the text is left to the text's URL reading.
 */
public final class MarkdownReader {

  /** A footnote definition at the start of a line: what tells Markdown notes from plain text. */
  private static final Pattern DEFINITION = Pattern.compile("(?m)^ {0,3}\\[\\^[^\\]\\s]+\\]:");

  private static final Pattern NOTES_HEADING =
      Pattern.compile(
          "(?i)(end)?notes|references|sources|works cited|bibliography|literature cited");

  /** A YAML metadata block, as pandoc and static site generators put it first. */
  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A---[ \\t]*\\R(.*?)\\R(---|\\.\\.\\.)[ \\t]*(\\R|\\z)", Pattern.DOTALL);

  private static final Pattern YAML_TITLE =
      Pattern.compile("(?m)^title:\\s*['\"]?(.*?)['\"]?\\s*$");

  private MarkdownReader() {}

  /** True when the text holds a footnote definition, whatever the file is called. */
  public static boolean hasFootnotes(String text) {
    return DEFINITION.matcher(text).find();
  }

  /** True for the names Markdown files go by. */
  public static boolean named(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md")
        || lower.endsWith(".markdown")
        || lower.endsWith(".mdown")
        || lower.endsWith(".mkd");
  }

  /**
   * @param lines the document's lines, normalised as every text input is (the caller's job, so that
   *     this package stays below {@code document})
   */
  public static MarkupDocument read(List<String> lines) {
    String title = null;
    String markdown = String.join("\n", lines);
    Matcher front = FRONT_MATTER.matcher(markdown);
    if (front.find()) {
      Matcher named = YAML_TITLE.matcher(front.group(1));
      title = named.find() ? named.group(1).strip() : null;
      // Blank the block rather than cut it, so that every line keeps its number.
      String blank = front.group().replaceAll("[^\\n]", "");
      markdown = blank + markdown.substring(front.end());
    }
    Parser parser =
        Parser.builder()
            .extensions(List.of(FootnotesExtension.builder().inlineFootnotes(true).build()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    Node document = parser.parse(markdown);
    Walk walk = new Walk(lines);
    walk.collect(document);
    if (title == null) {
      title = walk.firstHeading;
    }
    return walk.result(title);
  }

  /** One pass over the tree, gathering definitions, references, links and the notes list. */
  private static final class Walk {
    private final List<String> lines;
    private final Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();

    /** Each note in numbered order: a definition's label, or an inline footnote. */
    private final List<Object> order = new ArrayList<>();

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<RaisedNumber> markers = new ArrayList<>();
    private final List<MarkupLink> bodyLinks = new ArrayList<>();
    private final List<Integer> bodyLinkLines = new ArrayList<>();
    private ListBlock notesList;
    private String firstHeading;
    private boolean afterNotesHeading;

    Walk(List<String> lines) {
      this.lines = lines;
    }

    void collect(Node document) {
      for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
        if (block instanceof FootnoteDefinition definition) {
          definitions.putIfAbsent(normal(definition.getLabel()), definition);
          continue;
        }
        if (block instanceof Heading heading) {
          String words = plain(heading).text();
          if (firstHeading == null && heading.getLevel() == 1 && !words.isEmpty()) {
            firstHeading = words;
          }
          afterNotesHeading = NOTES_HEADING.matcher(words.strip()).matches();
          continue;
        }
        if (afterNotesHeading && notesList == null && block instanceof ListBlock list) {
          notesList = list;
          afterNotesHeading = false;
          continue;
        }
        afterNotesHeading = false;
        scanBody(block);
      }
    }

    /** Finds the body's footnote references and links, in text order. */
    private void scanBody(Node node) {
      if (node instanceof FootnoteReference reference) {
        String label = normal(reference.getLabel());
        Integer number = numbers.get(label);
        if (number == null) {
          number = order.size() + 1;
          numbers.put(label, number);
          order.add(label);
        }
        marker(reference, number);
        return;
      }
      if (node instanceof InlineFootnote inline) {
        order.add(inline);
        marker(inline, order.size());
        return;
      }
      if (node instanceof Link link) {
        bodyLinks.add(new MarkupLink(link.getDestination(), plain(link).text()));
        bodyLinkLines.add(lineOf(link));
      }
      if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
        return;
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        scanBody(child);
      }
    }

    private void marker(Node node, int number) {
      List<SourceSpan> spans = node.getSourceSpans();
      if (!spans.isEmpty()) {
        SourceSpan span = spans.get(0);
        markers.add(new RaisedNumber(number, span.getLineIndex(), span.getColumnIndex(), 0));
      }
    }

    MarkupDocument result(String title) {
      List<MarkupNote> notes = new ArrayList<>();
      List<String> body = new ArrayList<>(lines);
      List<String> notices = new ArrayList<>();
      if (!definitions.isEmpty() || !order.isEmpty()) {
        // A definition no reference points to is still a note the reader sees: after the others.
        definitions.keySet().stream().filter(l -> !numbers.containsKey(l)).forEach(order::add);
        int number = 0;
        for (Object item : order) {
          number++;
          Node node = item instanceof String label ? definitions.get(label) : (InlineFootnote) item;
          if (node == null) {
            notices.add("footnote [^" + item + "] is referenced but never defined");
            notes.add(new MarkupNote(String.valueOf(number), 0, "", List.of()));
            continue;
          }
          InlineText text = plain(node);
          int line = lineOf(node);
          notes.add(new MarkupNote(String.valueOf(number), line, text.text(), text.links()));
          if (node instanceof FootnoteDefinition) {
            blank(body, node);
          }
        }
        if (!bodyLinks.isEmpty()) {
          notices.add(
              bodyLinks.size()
                  + (bodyLinks.size() == 1 ? " link" : " links")
                  + " in the body outside the footnotes "
                  + (bodyLinks.size() == 1 ? "is" : "are")
                  + " not read as citations");
        }
      } else if (notesList != null) {
        int start =
            notesList instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber()
                : 1;
        boolean numbered = notesList instanceof OrderedList;
        int i = 0;
        for (Node item = notesList.getFirstChild(); item != null; item = item.getNext()) {
          if (item instanceof ListItem) {
            InlineText text = plain(item);
            notes.add(
                new MarkupNote(
                    numbered ? String.valueOf(start + i) : null,
                    lineOf(item),
                    text.text(),
                    text.links()));
            i++;
          }
        }
        blank(body, notesList);
      } else {
        for (int k = 0; k < bodyLinks.size(); k++) {
          MarkupLink link = bodyLinks.get(k);
          notes.add(new MarkupNote(null, bodyLinkLines.get(k), link.text(), List.of(link)));
        }
      }
      return new MarkupDocument(
          MarkupFormat.MARKDOWN,
          lines,
          body,
          notes,
          List.copyOf(bodyLinks),
          markers,
          title,
          notices);
    }

    private void blank(List<String> body, Node node) {
      for (SourceSpan span : node.getSourceSpans()) {
        if (span.getLineIndex() < body.size()) {
          body.set(span.getLineIndex(), "");
        }
      }
    }

    private int lineOf(Node node) {
      List<SourceSpan> spans = node.getSourceSpans();
      return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
  }

  /** The node's text with its links, as one paragraph. */
  static InlineText plain(Node node) {
    InlineText text = new InlineText();
    appendTo(text, node);
    return text;
  }

  private static void appendTo(InlineText text, Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text words) {
        text.append(words.getLiteral());
      } else if (child instanceof Code code) {
        text.append(code.getLiteral());
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        text.space();
      } else if (child instanceof Link link) {
        InlineText anchor = plain(link);
        text.append(anchor.text());
        text.link(link.getDestination(), anchor.text());
      } else if (child instanceof Image image) {
        text.append(plain(image).text());
      } else if (child instanceof HtmlInline || child instanceof HtmlBlock) {
        // Tags are markup, not words; what they wrap comes as text nodes of its own.
      } else if (child instanceof FootnoteReference || child instanceof InlineFootnote) {
        // A note's reference to another note is not part of its text.
      } else {
        if (child instanceof Block) {
          text.space();
        }
        appendTo(text, child);
        if (child instanceof Block) {
          text.space();
        }
      }
    }
  }

  private static String normal(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }
}
