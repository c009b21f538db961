package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;

/** Validates verification.json content against the published schema. */
final class VerificationSchema {

  private static final JsonSchema SCHEMA = load();

  private VerificationSchema() {}

  private static JsonSchema load() {
    try (InputStream in = VerificationSchema.class.getResourceAsStream("/org/citecheck/schema/verification.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void assertValid(JsonNode report) {
    Set<ValidationMessage> problems = SCHEMA.validate(report);
    assertEquals(Set.of(), problems, "verification.json breaks its schema");
  }

  static Set<ValidationMessage> problems(JsonNode report) {
    return SCHEMA.validate(report);
  }
}
