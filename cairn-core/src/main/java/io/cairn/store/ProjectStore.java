package io.cairn.store;

import io.cairn.artifact.Artifact;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Projects, the artifacts analysts gather in them, their append-only history and their saved
 * graphs. People are named by username; a change by a user the store does not know is refused.
 */
public interface ProjectStore {

    /** Creates a project owned by {@code owner}, who also becomes its first member. */
    ProjectOutcome<Project> create(String name, @Nullable String description, String owner);

    Optional<Project> project(long id);

    /** Projects with exactly this name; names need not be unique. */
    List<Project> named(String name);

    /** Projects by most recently updated, archived ones too. */
    List<Project> list(int limit);

    /**
     * Adds an artifact the store knows with tags and a note, or replaces the tags and note of one
     * the project holds; either way the history gains a line.
     */
    ProjectOutcome<ProjectArtifact> addArtifact(
            long projectId, Artifact artifact, Set<String> tags, @Nullable String note, String actor);

    /** The project's artifacts, most recently added first. */
    List<ProjectArtifact> artifacts(long projectId);

    /** The project's history, oldest first. */
    List<ProjectEvent> history(long projectId);

    /** The projects that hold {@code artifact}, by name. */
    List<Project> forArtifact(Artifact artifact);

    /** Saves a graph under its name, replacing a graph of that name in the project. */
    ProjectOutcome<SavedGraph> saveGraph(long projectId, SavedGraph.Draft graph, String actor);

    Optional<SavedGraph> graph(long projectId, String name);

    /** The project's graphs by name. */
    List<SavedGraph.Summary> graphs(long projectId);
}
