// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code mvn} run in a project directory, with the outer build's Maven, JDK, settings and
 * local repository, offline: it resolves only what the outer build already has, and runs no
 * {@code install}, so the shared local repository is only read.
 *
 * @param exitCode the process's exit status
 * @param log everything Maven printed
 * @param logFile where the log is kept for a human to read
 */
record MavenBuild(int exitCode, String log, Path logFile) {

    private static final long TIMEOUT_MINUTES = 15;

    /** Runs {@code mvn -B -ntp -o <arguments>} in {@code directory}, logging to {@code logFile}. */
    static MavenBuild run(Path directory, Path logFile, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable());
        command.addAll(List.of("-B", "-ntp", "-o"));
        String settings = System.getProperty("workflow.userSettings", "");
        if (!settings.isEmpty() && Files.isRegularFile(Path.of(settings))) {
            command.addAll(List.of("-s", settings));
        }
        String localRepository = System.getProperty("workflow.localRepository", "");
        if (!localRepository.isEmpty()) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        command.addAll(arguments);

        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(
                    "mvn did not finish in " + TIMEOUT_MINUTES + " minutes: " + command + "; see " + logFile);
        }
        return new MavenBuild(process.exitValue(), Files.readString(logFile, StandardCharsets.UTF_8), logFile);
    }

    /** The outer build's {@code mvn} ({@code maven.home}), else the one on the {@code PATH}. */
    private static String executable() {
        String name = System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn";
        String home = System.getProperty("maven.home", "");
        return home.isEmpty() ? name : Path.of(home, "bin", name).toString();
    }

    /** The log's lines that contain {@code text}. */
    List<String> linesWith(String text) {
        return log.lines().filter(line -> line.contains(text)).toList();
    }

    /** Describes the run for an assertion message: its exit status, log file, and last lines. */
    String describe() {
        List<String> lines = log.lines().toList();
        return "mvn exited with " + exitCode + " (log: " + logFile + "), ending:\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
