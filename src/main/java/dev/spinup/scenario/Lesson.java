package dev.spinup.scenario;

import java.util.Objects;

/**
 * A built-in lesson of the library: its name ({@code boot-storm}), its title, what it teaches in one line, and
 * the file it ships as ({@code 03-boot-storm.json}, from the project's {@code scenarios/} folder).
 */
public record Lesson(String name, String title, String description, String fileName) {

    public Lesson {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(fileName, "fileName");
    }
}
