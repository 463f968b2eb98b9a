package dev.designassistant.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.designassistant.check.Figure.Kind.COUNT;
import static dev.designassistant.check.Figure.Kind.DURATION;
import static dev.designassistant.check.Figure.Kind.PERCENT;
import static dev.designassistant.check.Figure.Kind.RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FiguresTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2}..{3} {4} {5}")
    @CsvSource(delimiter = '|', value = {
            "350 ms p95                    | DURATION | 350     | 350     | ''            | p95",
            "p99 1.2 s                     | DURATION | 1200    | 1200    | ''            | p99",
            "2 s                           | DURATION | 2000    | 2000    | ''            | ''",
            "3 seconds end to end          | DURATION | 3000    | 3000    | ''            | ''",
            "2-5 seconds                   | DURATION | 2000    | 5000    | ''            | ''",
            "10 to 20 ms                   | DURATION | 10      | 20      | ''            | ''",
            "up to 48 hours                | DURATION | 172800000 | 172800000 | ''      | ''",
            "kept for 7 years              | DURATION | 220752000000 | 220752000000 | '' | ''",
            "99.95%                        | PERCENT  | 99.95   | 99.95   | ''            | ''",
            "0.5 %                         | PERCENT  | 0.5     | 0.5     | ''            | ''",
            "~10,000 transactions/minute   | RATE     | 166.667 | 166.667 | transactions  | ''",
            "1.5k rps                      | RATE     | 1500    | 1500    | rps           | ''",
            "1,500 TPS at peak             | RATE     | 1500    | 1500    | TPS           | ''",
            "100 write requests/second     | RATE     | 100     | 100     | write requests | ''",
            "50,000 orders/day             | RATE     | 0.5787  | 0.5787  | orders        | ''",
            "20/second                     | RATE     | 20      | 20      | ''            | ''",
            "500 messages per second       | RATE     | 500     | 500     | messages      | ''",
            "2 million events per hour     | RATE     | 555.556 | 555.556 | events        | ''",
            "3 attempts                    | COUNT    | 3       | 3       | attempts      | ''",
            "3-5 retries                   | COUNT    | 3       | 5       | retries       | ''",
            "a 3-member etcd cluster       | COUNT    | 3       | 3       | member etcd cluster | ''",
    })
    void reads_one_figure(String text, Figure.Kind kind, double value, double upper, String noun, String percentile) {
        List<Figure> figures = Figures.read(text);

        assertThat(figures).hasSize(1);
        Figure figure = figures.get(0);
        assertThat(figure.kind()).isEqualTo(kind);
        assertThat(figure.value()).isCloseTo(value, within(0.001));
        assertThat(figure.upper()).isCloseTo(upper, within(0.001));
        assertThat(figure.noun()).isEqualTo(noun);
        assertThat(figure.percentile()).isEqualTo(percentile);
    }

    @Test
    void reads_every_figure_of_a_sentence_in_order() {
        List<Figure> figures = Figures.read("180 ms p50, 450 ms p99; 0.5%, rising to 15% at 6,000 requests/minute");

        assertThat(figures).extracting(Figure::kind).containsExactly(DURATION, DURATION, PERCENT, PERCENT, RATE);
        assertThat(figures).extracting(Figure::text)
                .containsExactly("180 ms p50", "450 ms p99", "0.5%", "15%", "6,000 requests/minute");
    }

    @Test
    void leaves_out_numbers_without_a_unit_and_inside_names() {
        assertThat(Figures.read("3-D Secure, order A-1042, p99, v2")).isEmpty();
        assertThat(Figures.read("HTTP 503 Service Unavailable")).extracting(Figure::kind).containsExactly(COUNT);
    }

    @Test
    void counts_match_any_word_of_their_noun() {
        Figure connections = Figures.read("at most 50 concurrent outbound connections per pod, 12 pods").get(0);

        assertThat(connections.is("connection")).isTrue();
        assertThat(connections.is("pod")).isFalse();
        assertThat(Figures.read("at most 50 concurrent outbound connections per pod, 12 pods").get(1).is("pod")).isTrue();
    }

    @Test
    void picks_the_extremes_of_a_kind() {
        assertThat(Figures.max("2-5 seconds, up to 30 seconds with 3-D Secure", DURATION)).contains(30_000d);
        assertThat(Figures.min("2-5 seconds, up to 30 seconds with 3-D Secure", DURATION)).contains(2_000d);
        assertThat(Figures.first("nothing here", RATE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"850, 850 ms", "2500, 2.5 s", "180000, 3 min", "172800000, 48 h", "864000000, 10 days",
            "220752000000, 7 years"})
    void writes_durations_as_people_do(double millis, String written) {
        assertThat(Figures.duration(millis)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"1500, '1,500'", "2.5, 2.5", "0.333333, 0.33", "99.96, 99.96", "8, 8"})
    void writes_numbers_without_needless_decimals(double value, String written) {
        assertThat(Figures.plain(value)).isEqualTo(written);
    }
}
