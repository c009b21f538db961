package org.citecheck.references;

import java.util.List;

/**
 * The references a command works on, and the document they were extracted from when the input was a
 * document's text rather than references.json.
 *
 * @param references the records
 * @param extracted the extraction, with the document's text and body; null for references.json
 */
public record LoadedReferences(ReferenceSet references, ExtractedDocument extracted) {

  public boolean fromDocument() {
    return extracted != null;
  }

  /** What the user should know about how the document was read; empty for references.json. */
  public List<String> notices() {
    return extracted == null ? List.of() : extracted.notices();
  }

  /** The document's body lines, or null when the input was references.json. */
  public List<String> body() {
    return extracted == null ? null : extracted.body();
  }
}
