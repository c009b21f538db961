package org.citecheck.document.docx;

/** What the walk met of tracked changes, so that the reader can say it accepted them. */
final class TrackedChanges {

  private int insertions;
  private int deletions;

  void inserted() {
    insertions++;
  }

  void deleted() {
    deletions++;
  }

  boolean any() {
    return insertions + deletions > 0;
  }

  String notice() {
    return "tracked changes read as if accepted: "
        + insertions
        + (insertions == 1 ? " insertion" : " insertions")
        + " kept, "
        + deletions
        + (deletions == 1 ? " deletion" : " deletions")
        + " left out; accept or reject them in Word to read another version";
  }
}
