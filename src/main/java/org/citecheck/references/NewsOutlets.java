package org.citecheck.references;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Known news outlets by name and by host, from the bundled list news-outlets.txt. A name that is
 * also an ordinary word or a given name is listed with "=" and names an outlet only as a whole
 * field.
 */
final class NewsOutlets {

  private static final NewsOutlets INSTANCE = load();

  private final Set<String> names;
  private final Set<String> wholeFieldNames;
  private final Set<String> hosts;
  private final Pattern namePattern;

  private NewsOutlets(Set<String> names, Set<String> wholeFieldNames, Set<String> hosts) {
    this.names = names;
    this.wholeFieldNames = wholeFieldNames;
    this.hosts = hosts;
    StringBuilder alternatives = new StringBuilder();
    for (String name : names) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
    }
    this.namePattern = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])");
  }

  static NewsOutlets get() {
    return INSTANCE;
  }

  /** True when the name (a container or author) names a known outlet. */
  boolean namesOutlet(String name) {
    if (name == null) {
      return false;
    }
    String whole = name.strip().toLowerCase(Locale.ROOT).replaceAll("[.,;:]+$", "");
    return wholeFieldNames.contains(whole) || !names.isEmpty() && namePattern.matcher(name).find();
  }

  /** True when the host or one of its parent domains is a known outlet's. */
  boolean isOutletHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    while (h.contains(".")) {
      if (hosts.contains(h)) {
        return true;
      }
      h = h.substring(h.indexOf('.') + 1);
    }
    return false;
  }

  private static NewsOutlets load() {
    Set<String> names = new HashSet<>();
    Set<String> wholeFieldNames = new HashSet<>();
    Set<String> hosts = new HashSet<>();
    try (InputStream in = NewsOutlets.class.getResourceAsStream("news-outlets.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean hostSection = false;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        if (entry.equals("---hosts---")) {
          hostSection = true;
        } else if (hostSection) {
          hosts.add(entry);
        } else if (entry.startsWith("=")) {
          wholeFieldNames.add(entry.substring(1));
        } else {
          names.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("news-outlets.txt is missing from the jar", e);
    }
    return new NewsOutlets(Set.copyOf(names), Set.copyOf(wholeFieldNames), Set.copyOf(hosts));
  }
}
