package dev.designassistant.web;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times on the pages as a person reads them: {@code 2026-11-30 14:29 UTC} (the exact instant stays in datetime=). */
@TemplateExtension
public final class TimeDisplay {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private TimeDisplay() {
    }

    static String shown(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }
}
