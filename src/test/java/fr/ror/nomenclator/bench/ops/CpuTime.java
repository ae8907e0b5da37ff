package fr.ror.nomenclator.bench.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time (user + system) of another process, from {@code /proc/PID/stat}. */
final class CpuTime {

    /** USER_HZ: the unit of /proc times on every Linux the JDK runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private CpuTime() {
    }

    /** Nanoseconds, or 0 when /proc is not there. */
    static long ofProcess(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name (which may hold spaces) start after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * (1_000_000_000L / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
