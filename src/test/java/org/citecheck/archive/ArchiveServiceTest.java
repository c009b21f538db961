package org.citecheck.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveServiceTest {

  @Test
  void theArchiveOptionKeepsTheOrderGiven() {
    assertEquals(List.of(ArchiveService.MEMENTO, ArchiveService.WAYBACK),
        List.copyOf(ArchiveService.parseList("memento, wayback")));
    assertEquals(List.of(ArchiveService.MEMENTO, ArchiveService.WAYBACK), List.copyOf(
        ArchiveOptions.defaults().withServices(ArchiveService.parseList("memento,wayback")).services()));
  }
}
