package org.citecheck.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The composite action and its example workflow: well formed, documented, and injection-safe. */
class GitHubActionTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final JsonNode action = read("action.yml");

  @Test
  void isACompositeActionWithDocumentedInputsAndOutputs() throws IOException {
    assertEquals("composite", action.at("/runs/using").asText());
    String docs = Files.readString(Path.of("docs/ci.md"));
    action
        .get("inputs")
        .fields()
        .forEachRemaining(
            input -> {
              assertFalse(input.getValue().path("description").asText().isBlank(), input.getKey());
              assertTrue(input.getValue().has("default"), input.getKey() + " has a default");
              assertTrue(
                  docs.contains("| `" + input.getKey() + "` |"),
                  input.getKey() + " is documented in docs/ci.md");
            });
    assertEquals(
        "${{ steps.check.outputs.exit-code }}", action.at("/outputs/exit-code/value").asText());
    assertEquals(
        "${{ steps.check.outputs.reports-dir }}", action.at("/outputs/reports-dir/value").asText());
  }

  @Test
  void scriptsNeverSubstituteExpressions() {
    for (JsonNode step : action.at("/runs/steps")) {
      if (step.has("run")) {
        assertFalse(
            step.get("run").asText().contains("${{"),
            "step '"
                + step.path("name").asText()
                + "' must read inputs from env, not ${{ }} in its script");
      }
    }
  }

  @Test
  void buildsChecksSummarisesUploadsThenActsOnTheExitCode() {
    List<String> steps = new ArrayList<>();
    action
        .at("/runs/steps")
        .forEach(step -> steps.add(step.path("uses").asText(step.path("name").asText())));
    assertEquals(
        List.of(
            "actions/setup-java@v4",
            "Build citecheck",
            "Check cited URLs",
            "Append the report to the job summary",
            "actions/upload-artifact@v4",
            "Act on the exit code"),
        steps);
    JsonNode check = action.at("/runs/steps/2");
    String script = check.get("run").asText();
    assertTrue(script.contains("check \"$CITECHECK_INPUT\""), script);
    assertTrue(
        script.contains(
            "--reports \"$CITECHECK_REPORTS\" --format \"$CITECHECK_FORMATS\" --fail-on \"$CITECHECK_FAIL_ON\""),
        script);
    assertTrue(script.contains("exit-code=$code"), script);
    assertTrue(action.at("/runs/steps/3/run").asText().contains(">> \"$GITHUB_STEP_SUMMARY\""));
    assertEquals(
        "always() && inputs.upload-artifact == 'true'", action.at("/runs/steps/4/if").asText());
    String exit = action.at("/runs/steps/5/run").asText();
    for (String code : List.of("0)", "1)", "2)", "3)", "4)", "*)")) {
      assertTrue(exit.contains(code), "exit code case " + code);
    }
  }

  @Test
  void exampleWorkflowUsesTheActionAndUploadsSarif() {
    JsonNode workflow = read(".github/workflows/citecheck-example.yml");
    JsonNode steps = workflow.at("/jobs/citations/steps");
    assertEquals("./", steps.get(1).get("uses").asText());
    assertTrue(steps.get(1).at("/with/formats").asText().contains("sarif"));
    assertEquals("github/codeql-action/upload-sarif@v3", steps.get(2).get("uses").asText());
    assertEquals("reports/verification.sarif", steps.get(2).at("/with/sarif_file").asText());
    assertEquals("write", workflow.at("/jobs/citations/permissions/security-events").asText());
  }

  private static JsonNode read(String file) {
    try {
      JsonNode node = YAML.readTree(Path.of(file).toFile());
      assertNotNull(node, file);
      return node;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
