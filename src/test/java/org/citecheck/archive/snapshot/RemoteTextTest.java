package org.citecheck.archive.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RemoteTextTest {

  @Test
  void controlCharactersAndRunsOfSpaceBecomeOneSpace() {
    assertEquals(
        "Cannot resolve host evil.example. [31mred",
        RemoteText.clean(" Cannot resolve\r\nhost\tevil.example.\u001b[31mred\u202e "));
  }

  @Test
  void longTextIsCapped() {
    String cleaned = RemoteText.clean("x".repeat(5000));
    assertEquals(RemoteText.MAX + 1, cleaned.length());
    assertTrue(cleaned.endsWith("…"));
    assertEquals("", RemoteText.clean(null));
  }
}
