package nl.botoc.monitor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** This machine as the report describes it, and what a process on it used at most. */
final class Machine {

    private Machine() {
    }

    /** nproc, memory, CPU model, OS and Java, in one line. */
    static String description() throws IOException, InterruptedException {
        Process nproc = new ProcessBuilder("nproc").redirectErrorStream(true).start();
        String cores = new String(nproc.getInputStream().readAllBytes()).trim();
        nproc.waitFor();
        long memoryKb = field(Path.of("/proc/meminfo"), "MemTotal", ':').map(Machine::kilobytes).orElse(0L);
        String cpu = field(Path.of("/proc/cpuinfo"), "model name", ':').orElse("unknown CPU");
        String os = field(Path.of("/etc/os-release"), "PRETTY_NAME", '=').map(name -> name.replace("\"", ""))
                .orElse(System.getProperty("os.name")) + " (kernel " + System.getProperty("os.version") + ")";
        String java = System.getProperty("java.vm.vendor") + " Java " + System.getProperty("java.runtime.version");
        return String.format("%s cores (nproc), %.1f GiB memory, %s, %s, %s", cores, memoryKb / 1024.0 / 1024.0,
                cpu, os, java);
    }

    /** Peak resident set size (VmHWM) of a running process, in MB. */
    static long peakRssMb(long pid) throws IOException {
        return field(Path.of("/proc/" + pid + "/status"), "VmHWM", ':').map(Machine::kilobytes)
                .orElseThrow(() -> new IllegalStateException("no VmHWM for process " + pid)) / 1024;
    }

    private static long kilobytes(String value) {
        return Long.parseLong(value.replaceAll("\\D", ""));
    }

    /** The value after the separator on the first line of a file that starts with the name. */
    private static Optional<String> field(Path file, String name, char separator) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file);
        return lines.stream().filter(line -> line.startsWith(name))
                .map(line -> line.substring(line.indexOf(separator) + 1))
                .map(String::trim).findFirst();
    }
}
