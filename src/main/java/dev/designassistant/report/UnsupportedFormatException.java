package dev.designassistant.report;

/** A report was asked for in a format that does not exist, or that this session cannot have (SARIF of a brief). */
public class UnsupportedFormatException extends RuntimeException {

    public UnsupportedFormatException(String message) {
        super(message);
    }
}
