package io.cairn.store.jdbc;

import static io.cairn.fixtures.ObservationFixtures.day;
import static io.cairn.fixtures.ObservationFixtures.domain;
import static io.cairn.fixtures.ObservationFixtures.ip;
import static io.cairn.fixtures.ObservationFixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.observation.Dataset;
import io.cairn.store.BulkListener;
import io.cairn.store.Project;
import io.cairn.store.ProjectArtifact;
import io.cairn.store.ProjectEvent;
import io.cairn.store.ProjectOutcome;
import io.cairn.store.ProjectStore;
import io.cairn.store.SavedGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Projects, their artifacts, history and saved graphs, on every database. */
abstract class ProjectContract {

    protected JdbcStore store;
    private ProjectStore projects;

    /** A migrated store on a new database. */
    protected abstract JdbcStore openFresh();

    /** Adds an analyst account by raw SQL, users being outside this contract. */
    protected abstract void addUser(Statement statement, String username) throws SQLException;

    protected abstract Connection connect() throws SQLException;

    @BeforeEach
    void open() throws SQLException {
        store = openFresh();
        projects = store.projects();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            addUser(statement, "ana");
            addUser(statement, "ben");
        }
        Iterator<io.cairn.observation.Observation> observations = List.of(
                        resolution("paypal-login.top", "198.51.100.7", "2025-01-02", "2025-03-04", "pdns"),
                        resolution("secure-paypal.xyz", "198.51.100.7", "2025-02-01", "2025-03-01", "pdns"))
                .iterator();
        store.observations().bulkLoad(observations, BulkListener.none());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void shouldCreateAProjectOwnedByItsCreatorAndListIt() {
        Project project = created("Operation Heron", "phishing against the bank");

        assertThat(project.owner()).isEqualTo("ana");
        assertThat(projects.project(project.id())).contains(project);
        assertThat(projects.named("Operation Heron")).containsExactly(project);
        created("Second");
        assertThat(projects.list(10)).extracting(Project::name).contains("Operation Heron", "Second");
        assertThat(projects.history(project.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("created");
            assertThat(e.actor()).isEqualTo("ana");
        });
    }

    @Test
    void shouldRefuseAProjectOfAnUnknownUser() {
        assertThat(projects.create("Ghost", null, "nobody")).isEqualTo(new ProjectOutcome.NoSuchUser<>("nobody"));
        assertThat(projects.list(10)).isEmpty();
    }

    @Test
    void shouldAddArtifactsWithTagsAndNotesAndAppendToTheHistory() {
        Project project = created("Heron");

        var added = projects.addArtifact(
                project.id(), domain("paypal-login.top"), Set.of("phishing", "kit"), "seen in the mail", "ben");
        projects.addArtifact(project.id(), ip("198.51.100.7"), Set.of(), null, "ana");
        projects.addArtifact(project.id(), domain("paypal-login.top"), Set.of("confirmed"), null, "ana");

        assertThat(added).isInstanceOf(ProjectOutcome.Done.class);
        List<ProjectArtifact> artifacts = projects.artifacts(project.id());
        assertThat(artifacts)
                .extracting(ProjectArtifact::artifact)
                .containsExactlyInAnyOrder(domain("paypal-login.top"), ip("198.51.100.7"));
        ProjectArtifact tagged = artifacts.stream()
                .filter(a -> a.artifact().equals(domain("paypal-login.top")))
                .findFirst()
                .orElseThrow();
        assertThat(tagged.tags()).containsExactly("confirmed");
        assertThat(tagged.addedBy()).isEqualTo("ben");
        assertThat(projects.history(project.id()))
                .extracting(ProjectEvent::action)
                .containsExactly("created", "artifact-added", "artifact-added", "artifact-tagged");
        assertThat(projects.history(project.id()).get(1).artifact()).isEqualTo(domain("paypal-login.top"));
        assertThat(projects.history(project.id()).get(1).detail())
                .isEqualTo("tags [kit, phishing]; note: seen in the mail");
    }

    @Test
    void shouldRefuseArtifactsTheStoreDoesNotKnowAndUnknownProjects() {
        Project project = created("Heron");

        assertThat(projects.addArtifact(project.id(), domain("never.example"), Set.of(), null, "ana"))
                .isEqualTo(new ProjectOutcome.NoSuchArtifact<>(domain("never.example")));
        assertThat(projects.addArtifact(9_999, domain("paypal-login.top"), Set.of(), null, "ana"))
                .isEqualTo(new ProjectOutcome.NoSuchProject<>(9_999));
        assertThat(projects.artifacts(project.id())).isEmpty();
    }

    @Test
    void shouldFindTheProjectsHoldingAnArtifact() {
        Project heron = created("Heron");
        Project audit = created("Audit");
        created("Unrelated");
        projects.addArtifact(heron.id(), domain("paypal-login.top"), Set.of(), null, "ana");
        projects.addArtifact(audit.id(), domain("paypal-login.top"), Set.of(), null, "ana");

        assertThat(projects.forArtifact(domain("paypal-login.top")))
                .extracting(Project::name)
                .containsExactly("Audit", "Heron");
        assertThat(projects.forArtifact(domain("secure-paypal.xyz"))).isEmpty();
    }

    @Test
    void shouldSaveAGraphReopenItAndListIt() {
        Project project = created("Heron");
        SavedGraph.Draft draft = draft("first pivot", "start here");

        var saved = projects.saveGraph(project.id(), draft, "ana");

        assertThat(saved).isInstanceOf(ProjectOutcome.Done.class);
        SavedGraph reopened = projects.graph(project.id(), "first pivot").orElseThrow();
        assertThat(reopened.graph()).isEqualTo(draft);
        assertThat(reopened.createdBy()).isEqualTo("ana");
        assertThat(projects.graphs(project.id())).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("first pivot");
            assertThat(s.nodes()).isEqualTo(3);
            assertThat(s.edges()).isEqualTo(2);
        });
        assertThat(projects.graph(project.id(), "other")).isEmpty();
    }

    @Test
    void shouldReplaceAGraphSavedAgainUnderItsNameAndRememberWhoChangedIt() {
        Project project = created("Heron");
        projects.saveGraph(project.id(), draft("pivot", null), "ana");

        projects.saveGraph(project.id(), draft("pivot", "reviewed"), "ben");

        SavedGraph graph = projects.graph(project.id(), "pivot").orElseThrow();
        assertThat(graph.graph().notes()).isEqualTo("reviewed");
        assertThat(graph.createdBy()).isEqualTo("ana");
        assertThat(graph.updatedBy()).isEqualTo("ben");
        assertThat(projects.graphs(project.id())).hasSize(1);
        assertThat(projects.history(project.id()))
                .extracting(ProjectEvent::action)
                .containsExactly("created", "graph-saved", "graph-updated");
    }

    @Test
    void shouldRefuseAGraphForAnUnknownProjectOrUser() {
        Project project = created("Heron");

        assertThat(projects.saveGraph(4_242, draft("g", null), "ana"))
                .isEqualTo(new ProjectOutcome.NoSuchProject<>(4_242));
        assertThat(projects.saveGraph(project.id(), draft("g", null), "eve"))
                .isEqualTo(new ProjectOutcome.NoSuchUser<>("eve"));
    }

    @Test
    void shouldKeepTheHistoryAppendOnly() throws SQLException {
        Project project = created("Heron");

        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(
                            () -> statement.execute("DELETE FROM project_history WHERE project_id = " + project.id()))
                    .hasMessageContaining("append-only");
        }
        assertThat(projects.history(project.id())).hasSize(1);
    }

    private Project created(String name) {
        return created(name, null);
    }

    private Project created(String name, String description) {
        return ((ProjectOutcome.Done<Project>) projects.create(name, description, "ana")).value();
    }

    private static SavedGraph.Draft draft(String name, String notes) {
        var seed = domain("paypal-login.top");
        var address = ip("198.51.100.7");
        var sibling = domain("secure-paypal.xyz");
        return new SavedGraph.Draft(
                name,
                List.of(
                        new SavedGraph.Node(seed, 0, "Malicious", List.of("Brass Heron"), false, 1, 1.0),
                        new SavedGraph.Node(address, 1, "Unknown", List.of(), false, 2, 1.0),
                        new SavedGraph.Node(sibling, 2, "Suspicious", List.of(), false, 1, 0.5)),
                List.of(
                        new SavedGraph.Edge(
                                seed,
                                Dataset.RESOLUTION,
                                address,
                                "FORWARD",
                                day("2025-01-02"),
                                day("2025-03-04"),
                                1,
                                "paypal-login.top resolved to 198.51.100.7 2025-01-02…2025-03-04, 1 time"),
                        new SavedGraph.Edge(
                                sibling,
                                Dataset.RESOLUTION,
                                address,
                                "REVERSE",
                                day("2025-02-01"),
                                day("2025-03-01"),
                                1,
                                "secure-paypal.xyz resolved to 198.51.100.7 2025-02-01…2025-03-01, 1 time")),
                notes,
                Map.of("layout", "cose", "zoom", "1.5"));
    }
}
