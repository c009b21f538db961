package org.citecheck.references;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import org.citecheck.CitecheckException;
import org.citecheck.io.FileProblem;
import org.citecheck.io.Json;
import org.citecheck.io.JsonProblem;

/** Reads and writes references.json, the contract every later command reads. */
public final class ReferencesJson {

  private ReferencesJson() {}

  public static String write(ReferenceSet references) {
    return Json.write(references);
  }

  /**
   * Parses references.json content.
   *
   * @param name the input's name, for messages
   */
  public static ReferenceSet read(byte[] content, String name) {
    ReferenceSet references;
    try {
      references = Json.mapper().readValue(content, ReferenceSet.class);
    } catch (JsonProcessingException e) {
      throw CitecheckException.input(JsonProblem.describe(e, name, content));
    } catch (IOException e) {
      throw CitecheckException.input("cannot read " + name + ": " + FileProblem.describe(e, null));
    }
    if (references == null || references.document() == null) {
      throw CitecheckException.input(name + " is not references.json: it has no \"document\"");
    }
    if (references.schemaVersion() > ReferenceSet.SCHEMA_VERSION) {
      throw CitecheckException.input(
          name
              + " has schemaVersion "
              + references.schemaVersion()
              + "; this citecheck reads up to "
              + ReferenceSet.SCHEMA_VERSION
              + ": please upgrade");
    }
    return references;
  }

  /** True when the bytes look like a JSON object rather than a document's text. */
  public static boolean looksLikeJson(byte[] content) {
    for (byte b : content) {
      if (b == '{') {
        return true;
      }
      if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return false;
      }
    }
    return false;
  }
}
