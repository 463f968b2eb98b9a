package dev.designassistant.api;

/** A request header that cannot be taken as it is: 400 {@code /problems/invalid-request} naming the header. */
public class InvalidHeaderException extends RuntimeException {

    private final String header;

    public InvalidHeaderException(String header, String problem) {
        super(problem);
        this.header = header;
    }

    public String header() {
        return header;
    }
}
