package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.citecheck.audit.model.Cited;

/** Lists note numbers for people, runs shortened: "notes 4–6, 8, 10–12". */
final class NoteList {

  private NoteList() {}

  static String of(List<Cited> cited) {
    TreeSet<Integer> numbers = new TreeSet<>();
    cited.forEach(c -> numbers.add(c.number()));
    List<String> runs = new ArrayList<>();
    Integer start = null;
    Integer previous = null;
    for (int n : numbers) {
      if (previous != null && n == previous + 1) {
        previous = n;
        continue;
      }
      if (start != null) {
        runs.add(run(start, previous));
      }
      start = n;
      previous = n;
    }
    if (start != null) {
      runs.add(run(start, previous));
    }
    return (numbers.size() == 1 ? "note " : "notes ") + String.join(", ", runs);
  }

  private static String run(int start, int end) {
    return start == end
        ? Integer.toString(start)
        : end == start + 1 ? start + ", " + end : start + "–" + end;
  }
}
