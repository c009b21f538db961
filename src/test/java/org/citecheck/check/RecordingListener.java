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

  @Override
  public void started(int count) {
    total = count;
  }

  @Override
  public void settled(Verdict verdict) {
    settled.add(verdict);
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
