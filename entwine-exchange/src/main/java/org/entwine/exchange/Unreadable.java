package org.entwine.exchange;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read, in words: Java's exceptions often carry only the path ("cannot
 * read: /data/x.csv"), which says nothing a user can act on.
 */
public final class Unreadable {
  private Unreadable() {}

  /** "cannot read: no such file", "… permission denied", "… it is a folder, not a file"… */
  public static String because(IOException e) {
    String why;
    if (e instanceof NoSuchFileException) why = "no such file";
    else if (e instanceof AccessDeniedException) why = "permission denied";
    else if (e instanceof NotDirectoryException) why = "a part of the path is not a folder";
    else if (e instanceof FileSystemException f && f.getReason() != null) why = f.getReason();
    else if (String.valueOf(e.getMessage()).contains("Is a directory"))
      why = "it is a folder, not a file";
    else why = String.valueOf(e.getMessage());
    return "cannot read: " + why;
  }
}
