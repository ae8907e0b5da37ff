package fr.ror.nomenclator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        String cpu = firstLine("/proc/cpuinfo", "model name").replaceFirst(".*:\\s*", "");
        String memory = firstLine("/proc/meminfo", "MemTotal").replaceFirst(".*:\\s*", "");
        return "machine: %d cores (%s), memory %s, %s %s, %s".formatted(Runtime.getRuntime().availableProcessors(), cpu,
                memory, System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.name"));
    }

    /** VmRSS of a process, from /proc. */
    static long residentMegabytes(long pid) {
        String line = firstLine("/proc/" + pid + "/status", "VmRSS");
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
    }

    private static String firstLine(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
