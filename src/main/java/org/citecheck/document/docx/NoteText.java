package org.citecheck.document.docx;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.citecheck.document.markup.InlineText;

/** A footnote's or endnote's content as one paragraph of text with its links. */
final class NoteText extends Runs {

  NoteText(PackagePart part, TrackedChanges changes, InlineText out) {
    super(part, changes, out);
  }
}
