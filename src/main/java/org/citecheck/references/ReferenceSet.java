package org.citecheck.references;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The root of references.json: a document and its notes. */
@JsonPropertyOrder({"schemaVersion", "document", "notes"})
public record ReferenceSet(int schemaVersion, DocumentInfo document, List<Note> notes) {

  public static final int SCHEMA_VERSION = 1;

  public ReferenceSet {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public ReferenceSet(DocumentInfo document, List<Note> notes) {
    this(SCHEMA_VERSION, document, notes);
  }
}
