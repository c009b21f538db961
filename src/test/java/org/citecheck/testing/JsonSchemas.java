package org.citecheck.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.citecheck.io.Json;

/** Validates JSON against the schemas the project ships under org/citecheck/schema. */
public final class JsonSchemas {

  private JsonSchemas() {}

  /** Asserts that the JSON text is valid against the named schema resource. */
  public static void assertValid(String schemaResource, String json) {
    Set<ValidationMessage> errors = validate(schemaResource, json);
    assertTrue(errors.isEmpty(), () -> "invalid against " + schemaResource + ": " + errors);
  }

  public static Set<ValidationMessage> validate(String schemaResource, String json) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(schemaResource)) {
      if (in == null) {
        throw new IllegalArgumentException("no schema " + schemaResource);
      }
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
      JsonNode node = Json.mapper().readTree(json);
      return schema.validate(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
