package org.citecheck.references;

import java.util.List;
import java.util.Optional;
import org.citecheck.references.fields.FieldModel;

/** Reads one source's text into a record: the trained field model, or the older rules. */
@FunctionalInterface
public interface SourceReader {

  /** Parses {@code text}; {@code urls} are the repaired URLs in it, offsets relative to text. */
  Source read(String text, List<CleanText.Span> urls);

  /**
   * Whether a whole note is one reference, whatever its full stops: every word a field, each field
   * once. The rules never say so (their splitter decides).
   */
  default boolean readsAsOneSource(String text) {
    return false;
  }

  /** The rule-based parser that came before the model, kept for the side-by-side evaluation. */
  static SourceReader rules() {
    return SourceParser::parse;
  }

  /** The trained model {@code model}. */
  static SourceReader model(FieldModel model) {
    return new ModelSourceReader(model);
  }

  /** The bundled model; the rules where its native library cannot load. */
  static SourceReader standard() {
    Optional<FieldModel> bundled = FieldModel.bundled();
    return bundled.isPresent() ? model(bundled.get()) : rules();
  }
}
