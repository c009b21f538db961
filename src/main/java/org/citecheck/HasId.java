package org.citecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A value with a stable public name: what an enum is called in the JSON files, on the command line
 * and in the config file ("soft-404", "csl-json"). Every id-bearing enum implements it, so there is
 * one way to read an id and one way to say that an id is unknown.
 */
public interface HasId {

  /** The public name, lower case, as every output and option writes it. */
  String id();

  /**
   * The constant whose id is given, read case-insensitively with surrounding space ignored; the
   * constant's Java name ("SOFT_404") is read too, as files written before the ids existed hold it.
   *
   * @throws IllegalArgumentException saying which ids there are, in {@link #unknown}'s words
   */
  static <E extends Enum<E> & HasId> E fromId(Class<E> type, String given) {
    E found = find(type, given);
    if (found == null) {
      throw new IllegalArgumentException(unknown(type, given, List.of()));
    }
    return found;
  }

  /** The constant whose id (or Java name) is given, or null when there is none. */
  static <E extends Enum<E> & HasId> E find(Class<E> type, String given) {
    if (given == null) {
      return null;
    }
    String wanted = given.strip().toLowerCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.id().equals(wanted) || constant.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return constant;
      }
    }
    return null;
  }

  /** Every id of the type, in declaration order. */
  static <E extends Enum<E> & HasId> List<String> ids(Class<E> type) {
    List<String> ids = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      ids.add(constant.id());
    }
    return List.copyOf(ids);
  }

  /**
   * The one wording for an id nobody knows: "unknown verdict 'gone': expected one of alive, ...,
   * skipped", with the words an option takes besides the ids ("none", "all") at the end.
   */
  static <E extends Enum<E> & HasId> String unknown(
      Class<E> type, String given, List<String> otherWords) {
    List<String> expected = new ArrayList<>(ids(type));
    String others = otherWords.isEmpty() ? "" : ", or " + String.join(" or ", otherWords);
    return "unknown "
        + noun(type)
        + " '"
        + (given == null ? "" : given.strip())
        + "': expected one of "
        + String.join(", ", expected)
        + others;
  }

  /**
   * What one value of the type is called in a message: its class name in words ("report format").
   */
  static String noun(Class<?> type) {
    return type.getSimpleName().replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }
}
