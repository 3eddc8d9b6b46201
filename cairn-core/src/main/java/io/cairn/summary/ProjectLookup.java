package io.cairn.summary;

import io.cairn.artifact.Artifact;
import java.util.List;

/** The names of the projects that hold an artifact; the application wires the real one. */
@FunctionalInterface
public interface ProjectLookup {

    /** No projects hold anything: for stores without projects. */
    ProjectLookup NONE = artifact -> List.of();

    List<String> projectsHolding(Artifact artifact);
}
