package org.citecheck.cli;

import java.util.EnumSet;
import java.util.Set;
import org.citecheck.verdict.Verdict;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a comma-separated list of verdict ids ("dead,soft-404"); "none" is the empty list. */
final class VerdictListConverter implements ITypeConverter<Set<Verdict>> {

  @Override
  public Set<Verdict> convert(String value) {
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    if (value.trim().equalsIgnoreCase("none")) {
      return verdicts;
    }
    for (String part : value.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        verdicts.add(Verdict.fromId(part));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
    return verdicts;
  }
}
