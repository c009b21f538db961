package org.citecheck.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.text.SafeText;

/**
 * The one translator of JSON errors into words. Jackson's messages name Java types ({@code
 * java.util.ArrayList<org.citecheck.references.Note>}), token constants and feature flags; a person
 * editing a JSON file needs where (a line and column, or the field's path such as {@code
 * notes[3].number}, indexes counted from 0 as jq counts them) and what, in JSON's terms.
 */
public final class JsonProblem {

  /** Remote or user text quoted in a message is cut to this many characters. */
  private static final int MAX_QUOTED = 40;

  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("^Unexpected character \\('(.+?)' \\(code");
  private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
  private static final Pattern OUT_OF_RANGE =
      Pattern.compile("^Numeric value \\((.*?)\\) out of range");
  private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '(.*?)'");

  private JsonProblem() {}

  /**
   * One line saying where in {@code name} the JSON is wrong and how: {@code references.json line 1,
   * column 31: the JSON ends too early}, {@code references.json: notes[3].number: expected a whole
   * number, found "x"}.
   *
   * @param input the input's name as the user gave it ("-" for standard input)
   * @param content the JSON that was read, to quote the value found where another was expected
   */
  public static String describe(JsonProcessingException error, String input, byte[] content) {
    String name = "-".equals(input) ? "standard input" : input;
    JsonProcessingException root = root(error);
    if (!(root instanceof JsonMappingException)) {
      // A syntax error, even when found while mapping: its line and column say the most.
      return located(name, root.getLocation(), syntax(root));
    }
    JsonMappingException mapping = (JsonMappingException) root;
    JsonNode tree = tree(content);
    if (mapping instanceof ValueInstantiationException
        && mapping.getCause() instanceof NullPointerException) {
      String nullAt = firstNullInList(tree, "");
      return name + ": " + (nullAt == null ? "" : nullAt + ": ") + "null where a value belongs";
    }
    String path = path(mapping.getPath());
    String what = mapped(mapping, tree == null ? null : tree.at(pointer(mapping.getPath())));
    if (!path.isEmpty()) {
      return name + ": " + path + ": " + what;
    }
    return located(name, mapping.getLocation(), what);
  }

  private static String located(String name, JsonLocation where, String what) {
    if (where != null && where.getLineNr() > 0) {
      return name + " line " + where.getLineNr() + ", column " + where.getColumnNr() + ": " + what;
    }
    return name + ": " + what;
  }

  /**
   * Jackson wraps errors met while mapping in errors that only add the path; the innermost says
   * what.
   */
  private static JsonProcessingException root(JsonProcessingException error) {
    JsonProcessingException root = error;
    while (root.getCause() instanceof JsonProcessingException cause && cause != root) {
      root = cause;
    }
    return root;
  }

  private static JsonNode tree(byte[] content) {
    try {
      return content == null ? null : Json.mapper().readTree(content);
    } catch (IOException e) {
      return null; // only a mapping error gets here, so the JSON itself parsed once already
    }
  }

  /** The field's path in jq's notation: {@code notes[3].sources[0].url}. */
  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static JsonPointer pointer(List<JsonMappingException.Reference> references) {
    JsonPointer pointer = JsonPointer.empty();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        pointer = pointer.appendProperty(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        pointer = pointer.appendIndex(reference.getIndex());
      }
    }
    return pointer;
  }

  /** The first list element that is null, as a path, or null when there is none. */
  private static String firstNullInList(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String element = path + "[" + i + "]";
        String found = node.get(i).isNull() ? element : firstNullInList(node.get(i), element);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String found =
            firstNullInList(field.getValue(), path + (path.isEmpty() ? "" : ".") + field.getKey());
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** A value of the wrong kind: what was expected and what is there. */
  private static String mapped(JsonMappingException mapping, JsonNode value) {
    String message = mapping.getOriginalMessage() == null ? "" : mapping.getOriginalMessage();
    if (message.startsWith("No content to map")) {
      return "there is no JSON in it";
    }
    Class<?> type =
        mapping instanceof MismatchedInputException mismatch
            ? mismatch.getTargetType()
            : mapping instanceof ValueInstantiationException instantiation
                ? instantiation.getType().getRawClass()
                : null;
    if (type == null || !type.isEnum() && mapping instanceof ValueInstantiationException) {
      return "a value citecheck cannot use"
          + (value == null || value.isMissingNode() ? "" : ": " + found(value));
    }
    return "expected "
        + expected(type)
        + ", found "
        + (value == null || value.isMissingNode() ? "another value" : found(value));
  }

  /** A syntax error, or a limit the reader keeps, in JSON's own terms. */
  private static String syntax(JsonProcessingException error) {
    String message = error.getOriginalMessage() == null ? "" : error.getOriginalMessage();
    if (error instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
      return "the JSON ends too early";
    }
    if (error instanceof StreamConstraintsException) {
      return constraint(message);
    }
    if (error instanceof InputCoercionException) {
      Matcher number = OUT_OF_RANGE.matcher(message);
      return "the number "
          + (number.find() ? SafeText.words(number.group(1), MAX_QUOTED) + " " : "")
          + "is too large";
    }
    Matcher character = UNEXPECTED_CHARACTER.matcher(message);
    if (character.find()) {
      String found =
          "found " + (character.group(1).equals("'") ? "\"'\"" : "'" + character.group(1) + "'");
      if (message.contains("double-quote to start field name")) {
        return "expected a field name in double quotes, " + found;
      }
      if (message.contains("separate Object entries")) {
        return "expected ',' or '}', " + found;
      }
      if (message.contains("separate Array entries")) {
        return "expected ',' or ']', " + found;
      }
      if (message.contains("colon to separate")) {
        return "expected ':' after a field name, " + found;
      }
      return "expected a value, " + found;
    }
    Matcher token = UNRECOGNIZED_TOKEN.matcher(message);
    if (token.find()) {
      return quoted(token.group(1)) + " is not a JSON value (text needs double quotes)";
    }
    Matcher nonStandard = NON_STANDARD.matcher(message);
    if (nonStandard.find()) {
      return nonStandard.group(1) + " is not a JSON number";
    }
    if (message.startsWith("Unexpected close marker")) {
      return "a closing bracket does not match the one it closes";
    }
    if (message.startsWith("Illegal unquoted character")) {
      return "a control character in text must be escaped";
    }
    if (message.startsWith("Unrecognized character escape")) {
      return "text holds a backslash escape JSON does not have";
    }
    if (message.startsWith("Invalid UTF-8") || message.startsWith("Invalid UTF")) {
      return "the file is not UTF-8 text";
    }
    if (message.contains("Leading zeroes")
        || message.contains("numeric value")
        || message.contains("number")) {
      return "a number is not written as JSON writes numbers";
    }
    return "the JSON is malformed";
  }

  private static String constraint(String message) {
    if (message.startsWith("Document nesting depth")) {
      return "the JSON is nested too deeply";
    }
    if (message.startsWith("Number value length")) {
      return "a number has too many digits";
    }
    if (message.startsWith("String value length") || message.startsWith("Name length")) {
      return "a text value is too long";
    }
    return "the JSON is larger than citecheck reads";
  }

  /** The JSON kind a Java type is read from. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == int.class
        || type == long.class
        || type == short.class
        || type == byte.class
        || type == Integer.class
        || type == Long.class
        || type == Short.class
        || type == Byte.class
        || type == BigInteger.class) {
      return "a whole number";
    }
    if (type == double.class
        || type == float.class
        || Number.class.isAssignableFrom(type)
        || type == BigDecimal.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (CharSequence.class.isAssignableFrom(type)
        || type == char.class
        || type == Character.class) {
      return "text";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type.isEnum()) {
      return "one of " + String.join(", ", enumValues(type));
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "a date";
    }
    return "an object"; // records and maps alike
  }

  /** An enum's values as they are written in JSON (its {@code @JsonValue}, if it has one). */
  private static List<String> enumValues(Class<?> type) {
    List<String> values = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      Object json = Json.mapper().convertValue(constant, Object.class);
      values.add(String.valueOf(json));
    }
    return values;
  }

  /** The value that was there instead, as JSON shows it. */
  private static String found(JsonNode value) {
    if (value.isTextual()) {
      return quoted(value.asText());
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isObject()) {
      return "an object";
    }
    return SafeText.words(value.toString(), MAX_QUOTED); // numbers, true, false, null as written
  }

  private static String quoted(String text) {
    String clean = SafeText.words(text, MAX_QUOTED);
    return "\"" + (clean == null ? "" : clean) + "\"";
  }
}
