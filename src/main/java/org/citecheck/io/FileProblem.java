package org.citecheck.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one translator of file errors into words a person can act on. Java's exceptions name their
 * class ({@code AccessDeniedException}) and the file the system call touched, which for an atomic
 * write is a hidden temporary file the user never asked for; the words here name only what the user
 * gave and what is wrong with it.
 */
public final class FileProblem {

  private FileProblem() {}

  /**
   * What is wrong with reading or writing {@code path}, without the class name or any temporary
   * file's name: "permission denied", "/etc/passwd is a file, not a folder", "the disk is full".
   */
  public static String describe(IOException error, Path path) {
    Path blocker = fileInTheWay(path);
    if (blocker != null) {
      return blocker + " is a file, not a folder";
    }
    if (error instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (error instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (error instanceof DirectoryNotEmptyException || path != null && Files.isDirectory(path)) {
      return path + " is a folder, not a file";
    }
    if (error instanceof NotDirectoryException) {
      return "a part of the path is a file, not a folder";
    }
    String reason =
        error instanceof FileSystemException system ? system.getReason() : error.getMessage();
    return reason == null || reason.isBlank() ? "an input/output error" : inWords(reason);
  }

  /** The system's reasons that are common enough to say in plain words. */
  private static String inWords(String reason) {
    String lower = reason.toLowerCase(Locale.ROOT);
    if (lower.contains("no space left")) {
      return "the disk is full";
    }
    if (lower.contains("read-only file system")) {
      return "the file system is read-only";
    }
    if (lower.contains("permission denied") || lower.contains("operation not permitted")) {
      return "permission denied";
    }
    if (lower.contains("disk quota")) {
      return "the disk quota is exceeded";
    }
    if (lower.contains("is a directory")) {
      return "it is a folder, not a file";
    }
    if (lower.contains("not a directory")) {
      return "a part of the path is a file, not a folder";
    }
    if (lower.contains("too many levels of symbolic links")) {
      return "the symbolic links loop";
    }
    if (lower.contains("file name too long")) {
      return "the name is too long";
    }
    // Anything else is the system's own short reason, which names no class and no temporary file.
    return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
  }

  /**
   * The nearest existing ancestor of {@code path} when it is a file rather than a folder, or null.
   */
  static Path fileInTheWay(Path path) {
    if (path == null) {
      return null;
    }
    // The path as the user gave it, so the message names what they typed.
    for (Path parent = path.getParent(); parent != null; parent = parent.getParent()) {
      if (Files.exists(parent)) {
        return Files.isDirectory(parent) ? null : parent;
      }
      if (Files.isSymbolicLink(parent) || Files.exists(parent, LinkOption.NOFOLLOW_LINKS)) {
        return null; // a dangling link: the system's own reason says it best
      }
    }
    return null;
  }
}
