package dev.designassistant.chain;

import java.util.List;

/** A page of sessions, newest first. */
public record SessionPage(List<SessionSummary> items, int page, int size, long total) {
}
