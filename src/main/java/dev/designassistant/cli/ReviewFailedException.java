package dev.designassistant.cli;

/** A review the CI command could not get; the message says why, for the build log. */
public class ReviewFailedException extends RuntimeException {

    public ReviewFailedException(String message) {
        super(message);
    }
}
