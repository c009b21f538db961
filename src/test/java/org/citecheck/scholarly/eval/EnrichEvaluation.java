package org.citecheck.scholarly.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import okhttp3.OkHttpClient;
import org.citecheck.cli.Main;
import org.citecheck.io.Input;
import org.citecheck.io.Json;
import org.citecheck.references.Extraction;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.ReferencesJson;
import org.citecheck.references.Source;
import org.citecheck.references.fields.Label;
import org.citecheck.references.fields.Labelling;
import org.citecheck.references.fields.eval.FieldScores;
import org.citecheck.references.fields.train.Corpora;
import org.citecheck.references.fields.train.LabelledReference;
import org.citecheck.scholarly.MetadataServices;
import org.citecheck.scholarly.ScholarlyOptions;
import org.citecheck.scholarly.enrich.Enricher;
import org.citecheck.scholarly.service.ServicePolicy;
import org.citecheck.scholarly.store.AnswerStore;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.VerificationJson;
import org.citecheck.verdict.VerificationReport;

/**
 * Measures enrichment (bench/enrich-eval.sh): field completeness before and after, and the share of
 * filled fields that are wrong, (1) on the seed report run through check and enrich against a
 * stand-in web whose pages embed real-shaped metadata, (2) on labelled references with stubbed DOI
 * and Crossref services whose candidates include wrong ones, (3) registered DOIs behind publishers
 * that refuse robots, through check.
 */
public final class EnrichEvaluation {

  static final List<String> FIELDS = List.of("authors", "title", "date", "container", "doi");

  static final String[] NAMES = {
    "Maria Rossi", "Karl Weber", "Ann Lee", "Bob Stone", "Elena Petrova", "Tomás García",
    "Nino Beridze", "Aram Sargsyan", "Leyla Aliyeva", "John Smith", "Ewa Nowak", "Ali Demir"
  };

  private EnrichEvaluation() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path seed = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);
    try (StandIn web = new StandIn()) {
      Path work = Files.createTempDirectory("enrich-eval");
      seed(web, seed, work);
      labelled(web, data, count);
      dois(web, data, work);
    }
  }

  // ---- 1. the seed against a stand-in web -------------------------------------------------

  static void seed(StandIn web, Path seed, Path work) throws Exception {
    ReferenceSet references = Extraction.open(Input.file(seed)).references();
    Map<String, String> pageAuthor = new HashMap<>();
    String[] conventions = {
      "highwire",
      "json-ld @graph",
      "json-ld array",
      "dublin core",
      "open graph + meta author",
      "site name as author (trap)",
      "no metadata"
    };
    int k = 0;
    List<Note> notes = new ArrayList<>();
    for (Note note : references.notes()) {
      List<Source> sources = new ArrayList<>();
      for (int i = 0; i < note.sources().size(); i++) {
        Source source = note.sources().get(i);
        if (source.url() == null || source.crossRef() != null) {
          sources.add(source);
          continue;
        }
        String path = "/page/" + k;
        String url = web.base() + path;
        int convention = k % conventions.length;
        String author =
            source.authors().isEmpty() ? NAMES[k % NAMES.length] : source.authors().get(0);
        String title = source.title() != null ? source.title() : "Page " + k;
        String site = "Site " + (k % 5);
        web.pages.put(
            path, page(convention, title, author, site, "2020-0" + (1 + k % 9) + "-1" + (k % 9)));
        if (convention < 5) {
          pageAuthor.put(note.number() + ":" + i, author);
        }
        sources.add(source.withUrl(url, List.of(url), source.urlSource(), null));
        k++;
      }
      notes.add(
          new Note(
              note.number(),
              note.numberInferred(),
              note.numberDisplaced(),
              note.line(),
              note.text(),
              note.commentary(),
              sources,
              note.page()));
    }
    ReferenceSet local = new ReferenceSet(references.schemaVersion(), references.document(), notes);
    Path input = work.resolve("seed.references.json");
    Files.writeString(input, ReferencesJson.write(local));
    Path reports = work.resolve("reports");
    int checked =
        cli(
            "check",
            input.toString(),
            "--reports",
            reports.toString(),
            "--format",
            "json",
            "--allow-private-hosts",
            "--archive",
            "none",
            "--no-cache",
            "--probe-url",
            web.base() + "/",
            "--doi-base",
            web.base(),
            "-q");
    Path enriched = work.resolve("seed.enriched.json");
    int code =
        cli(
            "enrich",
            input.toString(),
            "-o",
            enriched.toString(),
            "--with",
            reports.resolve("verification.json").toString(),
            "--doi-base",
            web.base(),
            "--crossref-base",
            web.base(),
            "--no-cache",
            "--mailto",
            "eval@example.org");
    ReferenceSet after = ReferencesJson.read(Files.readAllBytes(enriched), "enriched");
    VerificationReport report =
        VerificationJson.read(
            Files.readAllBytes(reports.resolve("verification.json")), "verification.json");
    int named = pageAuthor.size();
    int got = 0;
    int wrongAuthors = 0;
    for (Note note : after.notes()) {
      for (int i = 0; i < note.sources().size(); i++) {
        Source source = note.sources().get(i);
        String truth = pageAuthor.get(note.number() + ":" + i);
        if (truth != null && source.authors().contains(truth)) {
          got++;
        }
        if ("page".equals(source.provenance().get("authors"))
            && (truth == null || !source.authors().contains(truth))) {
          wrongAuthors++;
        }
      }
    }
    long pagesRead = report.results().stream().map(UrlResult::page).filter(p -> p != null).count();
    System.out.printf(
        "1. Seed (%s), %d cited pages on a local stand-in web, conventions in rotation: %s%n",
        Path.of(seed.toString()).getFileName(), k, String.join(", ", conventions));
    System.out.printf(
        "   check exit %d, enrich exit %d; pages whose metadata was read: %d%n",
        checked, code, pagesRead);
    table(references, after);
    System.out.printf(
        "   sources whose page names its author: %d, that got that author: %d (%.0f%%)%n",
        named, got, named == 0 ? 0 : 100.0 * got / named);
    System.out.printf(
        "   authors filled from pages that are wrong (e.g. the site's name): %d%n%n", wrongAuthors);
  }

  static String page(int convention, String title, String author, String site, String date) {
    String esc = title.replace("\"", "&quot;").replace("<", "&lt;");
    String jsonTitle = Json.write(title).strip();
    String jsonAuthor = Json.write(author).strip();
    String head =
        switch (convention) {
          case 0 ->
              "<meta name=\"citation_title\" content=\""
                  + esc
                  + "\"><meta name=\"citation_author\" content=\""
                  + author
                  + "\"><meta name=\"citation_publication_date\" content=\""
                  + date.replace('-', '/')
                  + "\">";
          case 1 ->
              "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": ["
                  + "{\"@type\": \"WebPage\", \"name\": "
                  + jsonTitle
                  + "},"
                  + "{\"@type\": \"NewsArticle\", \"headline\": "
                  + jsonTitle
                  + ", \"datePublished\": \""
                  + date
                  + "T09:00:00Z\", \"author\": {\"@id\": \"#a\"}, \"publisher\": {\"@type\": \"Organization\", \"name\": \""
                  + site
                  + "\"}}, {\"@type\": \"Person\", \"@id\": \"#a\", \"name\": "
                  + jsonAuthor
                  + "}]}</script>";
          case 2 ->
              "<script type=\"application/ld+json\">[{\"@type\": \"BreadcrumbList\"}, {\"@type\": \"Report\", \"name\": "
                  + jsonTitle
                  + ", \"author\": [{\"@type\": \"Person\", \"name\": "
                  + jsonAuthor
                  + "}], \"datePublished\": \""
                  + date
                  + "\"}]</script>";
          case 3 ->
              "<meta name=\"DC.title\" content=\""
                  + esc
                  + "\"><meta name=\"DC.creator\" content=\""
                  + author
                  + "\"><meta name=\"DC.date\" content=\""
                  + date
                  + "\">";
          case 4 ->
              "<meta property=\"og:title\" content=\""
                  + esc
                  + "\"><meta property=\"og:site_name\" content=\""
                  + site
                  + "\"><meta property=\"article:author\" content=\"https://social.example/someone\">"
                  + "<meta name=\"author\" content=\""
                  + author
                  + "\"><meta property=\"article:published_time\" content=\""
                  + date
                  + "T10:00:00+02:00\">";
          case 5 ->
              "<meta property=\"og:site_name\" content=\""
                  + site
                  + "\"><meta name=\"author\" content=\""
                  + site
                  + "\">";
          default -> "";
        };
    return "<!doctype html><html lang=\"en\"><head><title>"
        + esc
        + " | "
        + site
        + "</title>"
        + head
        + "</head><body><h1>"
        + esc
        + "</h1><p>Text of the page.</p></body></html>";
  }

  // ---- 2. labelled references with stubbed services ---------------------------------------

  record Gold(
      String text,
      List<String> authors,
      String title,
      String container,
      String year,
      String pages) {}

  static void labelled(StandIn web, Path data, int count) throws Exception {
    List<LabelledReference> all = new ArrayList<>(Corpora.shared(data));
    Collections.shuffle(all, new Random(20261202L));
    List<LabelledReference> chosen = new ArrayList<>();
    List<Gold> golds = new ArrayList<>();
    for (LabelledReference reference : all) {
      Labelling labels = new Labelling(reference.text(), reference.tokens(), reference.labels(), 1);
      List<String> authors = FieldScores.splitAuthors(labels.first(Label.AUTHOR));
      String title = labels.first(Label.TITLE);
      String date = labels.first(Label.DATE);
      String year = date == null ? null : date.replaceAll("(?s).*?((1[5-9]|20)\\d\\d).*", "$1");
      if (authors.isEmpty()
          || title == null
          || year == null
          || !year.matches("\\d{4}")
          || reference.text().contains("doi")
          || reference.text().contains("10.")) {
        continue;
      }
      chosen.add(reference);
      golds.add(
          new Gold(
              reference.text(),
              authors,
              title,
              labels.first(Label.CONTAINER),
              year,
              labels.first(Label.PAGES)));
      if (chosen.size() == count) {
        break;
      }
    }
    List<Source> before =
        org.citecheck.references.fields.eval.FieldsEvaluation.extract(
            chosen, org.citecheck.references.SourceReader.standard());
    Map<String, Integer> byText = new HashMap<>();
    for (int i = 0; i < golds.size(); i++) {
      byText.put(key(golds.get(i).text()), i);
    }
    String[] cases = {
      "the right work only", "a wrong year first, the right work second", "a wrong year only",
      "the same title and year by another author", "an unrelated work",
          "a reprint: same title, year and author, another journal"
    };
    web.crossref =
        query -> {
          Integer i = byText.get(key(query));
          if (i == null) {
            return StandIn.items(
                item(
                    new Gold("", List.of("Nobody, N"), "Unrelated", null, "1999", null),
                    "10.5555/none",
                    ""));
          }
          Gold g = golds.get(i);
          String right = item(g, "10.5555/eval." + i, "");
          int year = Integer.parseInt(g.year());
          Gold wrongYear =
              new Gold(
                  "", g.authors(), g.title(), g.container(), String.valueOf(year + 3), g.pages());
          Gold otherAuthor =
              new Gold("", List.of("Quixote, Q."), g.title(), g.container(), g.year(), g.pages());
          Gold unrelated =
              new Gold(
                  "", List.of("Nobody, N."), "A study of something else", "Other", g.year(), null);
          Gold reprint =
              new Gold("", g.authors(), g.title(), "Reprint Collection " + i, g.year(), "900-950");
          return StandIn.items(
              switch (i % cases.length) {
                case 0 -> right;
                case 1 -> item(wrongYear, "10.5555/wrong." + i, "") + "," + right;
                case 2 -> item(wrongYear, "10.5555/wrong." + i, "");
                case 3 -> item(otherAuthor, "10.5555/wrong." + i, "");
                case 4 -> item(unrelated, "10.5555/wrong." + i, "");
                default -> item(reprint, "10.5555/reprint." + i, "");
              });
        };
    List<Note> notes = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      Source source = before.get(i);
      notes.add(
          new Note(
              i + 1,
              false,
              false,
              i + 1,
              golds.get(i).text(),
              null,
              source == null ? List.of() : List.of(source)));
    }
    ReferenceSet input =
        new ReferenceSet(
            new org.citecheck.references.DocumentInfo("eval", List.of(), null, "eval", null, null),
            notes);
    ScholarlyOptions options =
        ScholarlyOptions.defaults("eval")
            .withBases(web.base(), web.base(), web.base())
            .withMailto("eval@example.org")
            .withMaxAge(Duration.ofDays(1))
            .withPolicies(
                ServicePolicy.doiResolver().withInterval(Duration.ZERO),
                ServicePolicy.crossref().withInterval(Duration.ZERO),
                ServicePolicy.datacite().withInterval(Duration.ZERO));
    Enricher.Result result =
        new Enricher(new MetadataServices(new OkHttpClient(), options, AnswerStore.none()))
            .enrich(input, null);
    System.out.printf(
        "2. %d labelled references (../shared/data/citations, shuffled with seed 20261202; each with"
            + " authors, title and year, no DOI printed), read by the bundled field model;%n"
            + "   Crossref stubbed with 6 cases in rotation: %s%n",
        golds.size(), String.join("; ", cases));
    table(input, result.references());
    int filled = 0;
    int wrong = 0;
    Map<String, int[]> perField = new LinkedHashMap<>();
    for (int i = 0; i < result.references().notes().size(); i++) {
      Note note = result.references().notes().get(i);
      if (note.sources().isEmpty()) {
        continue;
      }
      Source s = note.sources().get(0);
      Gold g = golds.get(i);
      FieldScores.Values truth =
          FieldScores.values(g.authors(), g.title(), g.container(), g.year(), null, g.pages());
      FieldScores.Values got =
          FieldScores.values(s.authors(), s.title(), s.container(), s.date(), null, s.pages());
      for (Map.Entry<String, String> entry : s.provenance().entrySet()) {
        if (entry.getValue().equals("note")) {
          continue;
        }
        String field = entry.getKey();
        boolean isWrong;
        if (field.equals("doi")) {
          isWrong = !("10.5555/eval." + i).equals(s.doi());
        } else if (truth.fields().containsKey(field)) {
          String t = truth.fields().get(field);
          isWrong = t != null && !t.equals(got.fields().get(field));
        } else {
          isWrong = i % cases.length == 5; // volume, issue, publisher of a reprint
        }
        filled++;
        wrong += isWrong ? 1 : 0;
        int[] c = perField.computeIfAbsent(field, f -> new int[2]);
        c[0]++;
        c[1] += isWrong ? 1 : 0;
      }
    }
    System.out.printf(
        "   fields filled: %d, wrong: %d (%.1f%%); per field (filled/wrong): %s%n",
        filled, wrong, filled == 0 ? 0 : 100.0 * wrong / filled, describe(perField));
    System.out.printf("   references kept as printed, with a reason: %d%n%n", result.kept().size());
  }

  static String describe(Map<String, int[]> perField) {
    StringBuilder text = new StringBuilder();
    perField.forEach(
        (field, c) ->
            text.append(text.length() == 0 ? "" : ", ")
                .append(field)
                .append(' ')
                .append(c[0])
                .append('/')
                .append(c[1]));
    return text.toString();
  }

  static String key(String text) {
    String bare = text.replaceAll("https?://\\S+", " ").replaceAll("\\s+", " ").strip();
    bare = bare.length() > 400 ? bare.substring(0, 400) : bare;
    return bare.toLowerCase(Locale.ROOT);
  }

  static String item(Gold g, String doi, String extra) {
    ObjectNode item = Json.mapper().createObjectNode();
    item.put("DOI", doi);
    item.put("score", 50.0);
    item.put("type", "journal-article");
    item.putArray("title").add(g.title());
    ArrayNode authors = item.putArray("author");
    for (String author : g.authors()) {
      ObjectNode a = authors.addObject();
      int comma = author.indexOf(',');
      String[] words = author.strip().split("\\s+");
      if (comma > 0) {
        a.put("family", author.substring(0, comma).strip());
        a.put("given", author.substring(comma + 1).strip());
      } else {
        a.put("family", words[words.length - 1]);
        a.put("given", String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)));
      }
    }
    if (g.container() != null) {
      item.putArray("container-title").add(g.container());
    }
    item.putObject("issued").putArray("date-parts").addArray().add(Integer.parseInt(g.year()));
    if (g.pages() != null) {
      item.put("page", g.pages());
    }
    item.put("volume", "7");
    item.put("issue", "2");
    return Json.write(item).strip();
  }

  // ---- 3. registered DOIs behind publishers that refuse robots ---------------------------

  static void dois(StandIn web, Path data, Path work) throws Exception {
    List<Note> notes = new ArrayList<>();
    int registered = 0;
    for (int i = 0; i < 40; i++) {
      String doi = "10.5555/doi-eval." + i;
      boolean known = i % 8 != 7; // one in eight is not registered
      if (known) {
        web.registered.add(doi);
        registered++;
      }
      String path = "/publisher/" + i;
      web.refusing.add(path);
      Source source =
          org.citecheck.testing.SourceFixture.source()
              .kind(org.citecheck.references.SourceKind.JOURNAL_ARTICLE)
              .title("Article " + i)
              .url(i % 2 == 0 ? web.base() + path : "https://doi.org/" + doi)
              .doi(doi)
              .build();
      if (i % 2 == 1) {
        // The doi.org URL itself is cited: checked at the stand-in resolver, which refuses.
        web.refusing.add("/" + doi);
        source =
            source.withUrl(web.base() + "/" + doi, List.of(web.base() + "/" + doi), null, null);
      }
      notes.add(new Note(i + 1, false, false, i + 1, "n", null, List.of(source)));
    }
    Path input = work.resolve("dois.references.json");
    Files.writeString(
        input,
        ReferencesJson.write(
            new ReferenceSet(
                new org.citecheck.references.DocumentInfo(
                    "dois", List.of(), null, "dois", null, null),
                notes)));
    Path reports = work.resolve("doi-reports");
    cli(
        "check",
        input.toString(),
        "--reports",
        reports.toString(),
        "--format",
        "json",
        "--allow-private-hosts",
        "--archive",
        "none",
        "--no-cache",
        "--probe-url",
        web.base() + "/",
        "--doi-base",
        web.base(),
        "-q");
    VerificationReport report =
        VerificationJson.read(
            Files.readAllBytes(reports.resolve("verification.json")), "verification.json");
    int alive = 0;
    int unregisteredDead = 0;
    for (UrlResult result : report.results()) {
      boolean known = (result.note() - 1) % 8 != 7;
      if (known && result.verdict() == org.citecheck.verdict.Verdict.ALIVE) {
        alive++;
      }
      if (!known && result.verdict() == org.citecheck.verdict.Verdict.DEAD) {
        unregisteredDead++;
      }
    }
    System.out.printf(
        "3. %d cited DOIs behind publishers answering 403 (half cited as the publisher's URL, half as"
            + " the doi.org URL): registered %d, alive %d; not registered (each cited as its"
            + " doi.org URL) %d, dead %d%n",
        report.results().size(),
        registered,
        alive,
        report.results().size() - registered,
        unregisteredDead);
  }

  // ---- shared ------------------------------------------------------------------------------

  static int cli(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err, args);
    if (code != 0) {
      System.err.print(err.toString(StandardCharsets.UTF_8));
    }
    return code;
  }

  /** Share of full citations with each field, before and after. */
  static void table(ReferenceSet before, ReferenceSet after) {
    int[] b = counts(before);
    int[] a = counts(after);
    int n = b[FIELDS.size()];
    System.out.printf("   %-10s %8s %8s   (share of %d sources)%n", "field", "before", "after", n);
    for (int f = 0; f < FIELDS.size(); f++) {
      System.out.printf(
          "   %-10s %7.1f%% %7.1f%%%n", FIELDS.get(f), 100.0 * b[f] / n, 100.0 * a[f] / n);
    }
  }

  static int[] counts(ReferenceSet references) {
    int[] counts = new int[FIELDS.size() + 1];
    for (Note note : references.notes()) {
      for (Source s : note.sources()) {
        if (s.crossRef() != null) {
          continue;
        }
        counts[FIELDS.size()]++;
        counts[0] += s.authors().isEmpty() ? 0 : 1;
        counts[1] += s.title() == null ? 0 : 1;
        counts[2] += s.date() == null ? 0 : 1;
        counts[3] += s.container() == null ? 0 : 1;
        counts[4] += s.doi() == null ? 0 : 1;
      }
    }
    return counts;
  }
}
