import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic report with N endnotes in the shapes PDF extraction produces: list markers,
 * lost numbers, URLs broken by spaces and line breaks, notes continued after a page break.
 * Usage: java bench/GenerateNotes.java N OUTPUT
 */
public class GenerateNotes {
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    Random random = new Random(20201130L);
    String[] outlets = {"Washington Post", "TASS", "Meduza", "OC Media", "Reuters", "Ministry of Foreign Affairs"};
    String[] people = {"Jane Doe", "Jirair Libaridian", "Thomas de Waal", "Kareem Fahim/Isabelle Khurshudyan"};
    StringBuilder text = new StringBuilder("A Synthetic Report\n\nJane Doe, John Roe\n\nBody text.\n\nNotes\n\n");
    for (int i = 1; i <= n; i++) {
      String number = random.nextInt(20) == 0 ? "" : i + " ";
      String author = people[random.nextInt(people.length)];
      String outlet = outlets[random.nextInt(outlets.length)];
      String slug = "story-" + i + "-about-the-ceasefire-and-its-aftermath";
      int cut = 10 + random.nextInt(slug.length() - 12);
      switch (random.nextInt(4)) {
        case 0 -> text.append("- ").append(number).append(author).append(", \"Title of note ").append(i)
            .append("\" (TR), ").append(outlet).append(", 14 October 2020, at: https://www.example")
            .append(i % 50).append(".org/news/2020/10/").append(slug, 0, cut).append(' ').append(slug.substring(cut))
            .append("/.\n");
        case 1 -> text.append("- ").append(number).append(author).append(", Book Number ").append(i)
            .append(", New York: New York University Press, 2003, p. ").append(i % 300).append(".\n");
        case 2 -> text.append("- ").append(number).append("\"Statement ").append(i).append("\", ").append(outlet)
            .append(", 31 October 2020, at: https://www.mid.ru/ru/press_service/sp okesman/id/")
            .append(i).append("\n -").append(slug).append(".\n");
        default -> text.append("- ").append(number).append("A remark about the region in note ").append(i)
            .append(" whose text runs on to the next page, where place names\n\n- in Armenian are transliterated;")
            .append(" see https://example.org/q?id=").append(i).append("&lang=\nen.\n");
      }
    }
    Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
  }
}
