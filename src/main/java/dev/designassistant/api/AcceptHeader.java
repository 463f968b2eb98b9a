package dev.designassistant.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The media ranges of an {@code Accept} header (RFC 9110, 12.5.1) and what they say of a type: a type's quality is
 * the q of the most specific range that matches it, so {@code text/html;q=0} refuses HTML even after
 * {@code *}{@code /*}, and {@code application/*} accepts JSON. No header, or an empty one, accepts everything.
 */
public final class AcceptHeader {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern QUALITY = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");
    private static final AcceptHeader ANYTHING = new AcceptHeader(List.of(new Range("*", "*", 1.0, 0)));

    private record Range(String type, String subtype, double quality, int parameters) {
        /** How specifically this range matches the type, or -1 when it does not. */
        int specificity(String wantedType, String wantedSubtype) {
            if (type.equals("*")) {
                return 0;
            }
            if (!type.equals(wantedType)) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equals(wantedSubtype) ? 2 + parameters : -1;
        }
    }

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    /**
     * The header's ranges.
     *
     * @throws InvalidHeaderException when a range is not {@code type/subtype} with well-formed parameters
     */
    public static AcceptHeader parse(String header) {
        if (header == null || header.isBlank()) {
            return ANYTHING;
        }
        List<Range> ranges = new ArrayList<>();
        for (String element : header.split(",", -1)) {
            if (element.isBlank()) {
                continue; // empty list elements are allowed (RFC 9110, 5.6.1)
            }
            ranges.add(range(element.strip()));
        }
        if (ranges.isEmpty()) {
            throw invalid("no media range in '" + abbreviate(header) + "'");
        }
        return new AcceptHeader(List.copyOf(ranges));
    }

    /** The quality (0 to 1) at which the header accepts the type ({@code "application/json"}). */
    public double quality(String mediaType) {
        String[] parts = mediaType.toLowerCase(Locale.ROOT).split("/", 2);
        return ranges.stream()
                .filter(r -> r.specificity(parts[0], parts[1]) >= 0)
                .max(Comparator.comparingInt(r -> r.specificity(parts[0], parts[1])))
                .map(Range::quality).orElse(0.0);
    }

    /** Of the offers (in the server's order of preference), the one the client accepts at the highest quality. */
    public <T> Optional<T> best(List<T> offers, Function<T, String> mediaType) {
        T best = null;
        double bestQuality = 0;
        for (T offer : offers) {
            double q = quality(mediaType.apply(offer));
            if (q > bestQuality) {
                best = offer;
                bestQuality = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Range range(String element) {
        String[] parts = element.split(";", -1);
        String[] type = parts[0].strip().toLowerCase(Locale.ROOT).split("/", -1);
        if (type.length != 2 || !TOKEN.matcher(type[0]).matches() || !TOKEN.matcher(type[1]).matches()
                || type[0].equals("*") && !type[1].equals("*")) {
            throw invalid("'" + abbreviate(parts[0].strip()) + "' is not a media range (type/subtype)");
        }
        double quality = 1.0;
        int parameters = 0;
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].strip().split("=", 2);
            if (parameter.length != 2 || !TOKEN.matcher(parameter[0].strip()).matches() || parameter[1].isBlank()) {
                throw invalid("'" + abbreviate(parts[i].strip()) + "' is not a parameter (name=value)");
            }
            if (parameter[0].strip().equalsIgnoreCase("q")) {
                if (!QUALITY.matcher(parameter[1].strip()).matches()) {
                    throw invalid("q=" + abbreviate(parameter[1].strip()) + " is not a quality from 0 to 1");
                }
                quality = Double.parseDouble(parameter[1].strip());
            } else {
                parameters++;
            }
        }
        return new Range(type[0], type[1], quality, parameters);
    }

    private static InvalidHeaderException invalid(String problem) {
        return new InvalidHeaderException("Accept", problem);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
