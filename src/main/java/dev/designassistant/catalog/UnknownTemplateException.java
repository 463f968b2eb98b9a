package dev.designassistant.catalog;

/** No template (or follow-up question) has that id. */
public class UnknownTemplateException extends RuntimeException {

    private final String id;

    public UnknownTemplateException(String kind, String id) {
        super("No " + kind + " has the id '" + Values.abbreviate(id) + "'");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
