package dev.designassistant.catalog;

/** A prompt file that cannot be loaded; the message names the file, the line and the problem. */
public class TemplateFileException extends RuntimeException {

    public TemplateFileException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
