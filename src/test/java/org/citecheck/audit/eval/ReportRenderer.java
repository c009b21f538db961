package org.citecheck.audit.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.citecheck.audit.eval.ReportModel.Block;
import org.citecheck.audit.eval.ReportModel.Heading;
import org.citecheck.audit.eval.ReportModel.Note;
import org.citecheck.audit.eval.ReportModel.Paragraph;
import org.citecheck.audit.eval.ReportModel.Piece;
import org.citecheck.audit.eval.ReportModel.Sentence;

/**
 * Prints a report model as text extracted from a PDF: markers in one of three styles (glued digits
 * now and then set off by a space, "Russia. 10 Turkey", as pdftotext leaves some), paragraphs on
 * one line or wrapped (words hyphenated at the margin now and then), and, with page furniture, a
 * running header, page numbers and form feeds every page.
 */
final class ReportRenderer {

  /** How the body prints note markers. */
  enum MarkerStyle {
    GLUED,
    SUPERSCRIPT,
    BRACKETED
  }

  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  /**
   * Around markers that a PDF typesets raised in smaller type ({@link PdfTypesetter}); control
   * characters no report prints.
   */
  static final char RAISE = '\u0001';

  static final char LOWER = '\u0002';

  private final Random random;
  private final MarkerStyle style;
  private final boolean furniture;
  private final int width;
  private final SourceWriter writer;
  private final boolean raised;
  private final FrontMatterWriter front;
  private final List<String> lines = new ArrayList<>();
  private final int pageLength;
  private int page = 1;
  private int onPage;
  private String header;

  ReportRenderer(
      Random random, MarkerStyle style, boolean furniture, int width, SourceWriter writer) {
    this(random, style, furniture, width, writer, false);
  }

  /**
   * With {@code raised}, glued and superscript markers are printed as ASCII digits between {@link
   * #RAISE} and {@link #LOWER}, for a PDF to raise them; the random choices stay the same, so the
   * same seed gives the same report in both forms.
   */
  ReportRenderer(
      Random random,
      MarkerStyle style,
      boolean furniture,
      int width,
      SourceWriter writer,
      boolean raised) {
    this.raised = raised && style != MarkerStyle.BRACKETED;
    this.random = random;
    this.style = style;
    // A PDF's furniture is set by its typesetter, page by page, where the page really ends.
    this.furniture = furniture && !raised;
    this.width = width;
    this.writer = writer;
    this.front = new FrontMatterWriter(random, writer);
    this.pageLength = 30 + random.nextInt(25);
  }

  String render(ReportModel model) {
    header =
        model.title.length() > 60
            ? model.title.substring(0, model.title.indexOf(':') > 0 ? model.title.indexOf(':') : 60)
            : model.title;
    for (String line : front.lines(model)) {
      emit(line);
    }
    emit("");
    for (Block block : model.body) {
      if (block instanceof Heading heading) {
        emit(piece(heading.text()));
      } else {
        StringBuilder text = new StringBuilder();
        for (Sentence sentence : ((Paragraph) block).sentences()) {
          if (text.length() > 0) {
            text.append(' ');
          }
          for (Piece piece : sentence.pieces()) {
            text.append(piece(piece));
          }
        }
        wrap(text.toString(), "", "");
      }
      emit("");
    }
    emit(random.nextInt(4) == 0 ? "Endnotes" : "Notes");
    emit("");
    boolean dotted = random.nextBoolean();
    boolean bullets = random.nextInt(5) == 0;
    for (Note note : model.notes) {
      String number =
          style == MarkerStyle.BRACKETED && random.nextInt(3) > 0
              ? "[" + note.printed + "]"
              : (bullets ? "- " : "") + note.printed + (dotted ? "." : "");
      wrap(writer.note(note.items), number + " ", "");
    }
    return String.join("\n", lines) + "\n";
  }

  /** The piece with its markers printed in the report's style. */
  private String piece(Piece piece) {
    if (piece.markers.isEmpty()) {
      return piece.text;
    }
    StringBuilder markers = new StringBuilder();
    for (int marker : piece.markers) {
      markers
          .append(markers.length() == 0 ? "" : style == MarkerStyle.BRACKETED ? ", " : ",")
          .append(marker(marker));
    }
    CharSequence shown = raised ? RAISE + markers.toString() + LOWER : markers;
    if (style == MarkerStyle.GLUED && piece.text.endsWith(".") && random.nextInt(15) == 0) {
      return piece.text + "\u00A0" + shown;
    }
    if (style != MarkerStyle.BRACKETED) {
      return piece.text + shown;
    }
    String text = piece.text;
    String printed = "[" + markers.toString().replace("[", "").replace("]", "") + "]";
    if (text.endsWith(".") || text.endsWith(",")) {
      return text.substring(0, text.length() - 1) + " " + printed + text.charAt(text.length() - 1);
    }
    return text + " " + printed;
  }

  private String marker(int number) {
    boolean ascii =
        style == MarkerStyle.GLUED || style == MarkerStyle.SUPERSCRIPT && random.nextInt(6) == 0;
    if (style == MarkerStyle.BRACKETED || ascii || raised) {
      return Integer.toString(number);
    }
    StringBuilder digits = new StringBuilder();
    for (char c : Integer.toString(number).toCharArray()) {
      digits.append(SUPERSCRIPTS.charAt(c - '0'));
    }
    return digits.toString();
  }

  /**
   * Prints a paragraph on one line, or wrapped at the width; the first line starts with {@code
   * lead}.
   */
  private void wrap(String text, String lead, String indent) {
    if (width == 0) {
      emit(lead + text);
      return;
    }
    StringBuilder line = new StringBuilder(lead);
    for (String word : text.split(" ")) {
      if (visible(line) + 1 + visible(word) > width && line.length() > lead.length()) {
        if (word.length() > 7
            && word.chars().allMatch(Character::isLetter)
            && random.nextInt(4) == 0) {
          int cut = 3 + random.nextInt(word.length() - 5);
          emit(line + " " + word.substring(0, cut) + "-");
          line = new StringBuilder(indent).append(word.substring(cut));
          continue;
        }
        emit(line.toString());
        line = new StringBuilder(indent).append(word);
      } else {
        if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
        line.append(word);
      }
    }
    emit(line.toString());
  }

  /** The running header, set by {@link #render}. */
  String header() {
    return header;
  }

  /** The length as printed: the raise marks take no room. */
  private static int visible(CharSequence text) {
    int marks = 0;
    for (int i = 0; i < text.length(); i++) {
      marks += text.charAt(i) == RAISE || text.charAt(i) == LOWER ? 1 : 0;
    }
    return text.length() - marks;
  }

  /** Adds a line; with furniture, ends the page after {@link #pageLength} lines. */
  private void emit(String line) {
    lines.add(line);
    if (!furniture || ++onPage < pageLength) {
      return;
    }
    lines.add("");
    lines.add(Integer.toString(page++));
    lines.add("\f" + header);
    lines.add("");
    onPage = 0;
  }
}
