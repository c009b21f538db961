package org.citecheck.document.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.citecheck.CitecheckException;

/**
 * An OLE2 compound file (the container of Office 97-2003 files) where a DOCX was expected. Word
 * saves a password-protected DOCX in one: the encrypted zip is its {@code EncryptedPackage} stream.
 * Which it is comes from its directory, read with POI's POIFS, so the message says what to do
 * rather than "binary file".
 */
public final class OleFile {

  private OleFile() {}

  /** True when the bytes open with the compound file signature D0 CF 11 E0 A1 B1 1A E1. */
  public static boolean isOle2(byte[] bytes) {
    return FileMagic.valueOf(bytes) == FileMagic.OLE2;
  }

  /** The one-line error for an OLE2 file given as a document. */
  public static CitecheckException refusal(byte[] bytes, String name) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
        return CitecheckException.input(
            name
                + " is password-protected: save an unprotected copy (in Word, File > Info >"
                + " Protect Document > Encrypt with Password, and clear the password)");
      }
      if (root.hasEntry("WordDocument")) {
        return CitecheckException.input(
            name
                + " is a Word 97-2003 document (.doc), not DOCX: save it as .docx or .odt and"
                + " pass that");
      }
    } catch (IOException | RuntimeException e) {
      // POIFS throws runtime exceptions on a damaged directory; the message below covers it.
      return CitecheckException.input(
          name + " is a damaged OLE2 compound file (an Office 97-2003 container)");
    }
    return CitecheckException.input(
        name
            + " is an OLE2 compound file (an Office 97-2003 container) but not a Word document:"
            + " save the document as .docx or .odt");
  }
}
