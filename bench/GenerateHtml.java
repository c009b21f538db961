import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an HTML page of about MB megabytes in pandoc's markup: paragraphs of prose, NOTES footnote
 * references spread among them, each paragraph without one holding a body link, and pandoc's
 * footnotes section at the end. Usage: java bench/GenerateHtml.java MB NOTES OUT.html
 */
public final class GenerateHtml {

  public static void main(String[] args) throws IOException {
    long bytes = Long.parseLong(args[0]) * 1024 * 1024;
    int notes = Integer.parseInt(args[1]);
    String words =
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor"
            + " incididunt ut labore et dolore magna aliqua. ";
    long paragraphs = bytes / 420;
    long every = Math.max(1, paragraphs / notes);
    int note = 0;
    try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      out.write("<!DOCTYPE html><html><head><title>Big</title></head><body>\n");
      for (long i = 1; i <= paragraphs; i++) {
        out.write("<p>" + words.repeat(3));
        if (i % every == 0 && note < notes) {
          note++;
          out.write(
              "<a href=\"#fn%d\" class=\"footnote-ref\" id=\"fnref%d\"><sup>%d</sup></a>"
                  .formatted(note, note, note));
        } else {
          out.write("<a href=\"https://body.example.org/%d\">x</a>".formatted(i));
        }
        out.write("</p>\n");
      }
      out.write("<section class=\"footnotes\"><hr /><ol>\n");
      for (int k = 1; k <= note; k++) {
        out.write(
            ("<li id=\"fn%d\"><p>Author %d, <a href=\"https://ex%d.example.org/r\">Title %d</a>,"
                    + " 2020.<a href=\"#fnref%d\" class=\"footnote-back\">↩︎</a></p></li>\n")
                .formatted(k, k, k, k, k));
      }
      out.write("</ol></section></body></html>\n");
    }
  }
}
