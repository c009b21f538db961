package org.citecheck.check;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.citecheck.verdict.Verdict;

/** Records what a run reports to its listener. */
final class RecordingListener implements CheckListener {

  volatile int total = -1;
  final List<Verdict> settled = new CopyOnWriteArrayList<>();
  final List<String> warnings = new CopyOnWriteArrayList<>();
  volatile boolean finished;

  /** Every fetch start and end and every settled verdict, in the order they were heard. */
  final List<String> events = new CopyOnWriteArrayList<>();

  @Override
  public void fetching(String url) {
    events.add("fetching " + url);
  }

  @Override
  public void fetched(String url) {
    events.add("fetched " + url);
  }

  @Override
  public void started(int count) {
    total = count;
  }

  @Override
  public void settled(Verdict verdict) {
    settled.add(verdict);
    events.add("settled " + verdict.id());
  }

  @Override
  public void warning(String message) {
    warnings.add(message);
  }

  @Override
  public void finished() {
    finished = true;
  }
}
