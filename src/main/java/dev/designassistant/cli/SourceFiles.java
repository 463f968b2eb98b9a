package dev.designassistant.cli;

import dev.designassistant.review.SourceText;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The files under review as one {@code code} parameter, and their language. */
final class SourceFiles {

    private SourceFiles() {
    }

    /** The files as one code parameter (see {@link SourceText}). */
    static String concatenate(List<Path> files, Function<Path, String> read) {
        return SourceText.concatenate(files.stream().map(f -> new SourceText.File(f.toString(), read.apply(f))).toList());
    }

    /**
     * Why a file could not be read, in words: the JDK's exceptions for a missing or unreadable file carry only the
     * path as their message ("cannot read nope.java: nope.java" said nothing).
     */
    static String why(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage();
    }

    /** The language of a file by its extension; "text" when unknown. */
    static String language(Path file) {
        return SourceText.language(file.getFileName().toString());
    }
}
