package dev.designassistant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** The machine a run measured on: what makes its numbers comparable (or not) with another run's. */
final class Machine {

    private Machine() {
    }

    static void describe(Results results, Benchmark.Settings settings) {
        results.machine("date", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        results.machine("cores", Runtime.getRuntime().availableProcessors());
        results.machine("RAM", memTotal());
        results.machine("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        results.machine("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        results.machine("service JVM options", settings.serviceJvm().isEmpty() ? "(none)" : String.join(" ", settings.serviceJvm()));
        results.machine("load average at start", loadAverage());
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** CPU time this JVM (mock and driver) has used, in seconds. */
    static double ownCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GB")
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
