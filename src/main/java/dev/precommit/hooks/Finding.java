package dev.precommit.hooks;

/**
 * One problem a built-in check found, where it knows the place: for reports (JUnit, SARIF,
 * annotations) that show failures by file and line.
 *
 * @param file repository-relative path
 * @param line 1-based line, or 0 when the problem is about the whole file
 * @param message what is wrong, as the check prints it
 */
public record Finding(String file, int line, String message) {}
