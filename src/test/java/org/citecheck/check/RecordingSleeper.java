package org.citecheck.check;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.citecheck.http.Sleeper;

/** Records every wait the checker asks for and returns at once, so retry tests take no time. */
final class RecordingSleeper implements Sleeper {

  final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }
}
