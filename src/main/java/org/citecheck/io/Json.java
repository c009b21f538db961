package org.citecheck.io;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The project's one JSON configuration: two-space indentation, LF line ends, non-ASCII text kept
 * readable (IRIs stay IRIs), unknown fields tolerated on read so that newer files stay readable.
 */
public final class Json {

  private static final ObjectMapper MAPPER = createMapper();

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Serialises a value as pretty JSON ending with a newline. */
  public static String write(Object value) {
    try {
      return writer().writeValueAsString(value) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  public static ObjectWriter writer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator("");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return MAPPER.writer(printer);
  }

  private static ObjectMapper createMapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    mapper.configure(SerializationFeature.INDENT_OUTPUT, true);
    // A note numbered 1.5 is a broken file, not note 1: say so rather than cut the fraction off.
    mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
    return mapper;
  }
}
