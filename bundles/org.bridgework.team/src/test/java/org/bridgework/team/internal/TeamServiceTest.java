package org.bridgework.team.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.model.Criterion;
import org.bridgework.model.Paragraph;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.bridgework.team.api.ElementChange;
import org.bridgework.team.api.TeamService;
import org.bridgework.team.api.TeamService.TeamException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Git side on real repositories on disk: a bare one as the shared repository, two clones. */
class TeamServiceTest {

    @TempDir
    Path temp;

    final ProjectServiceImpl projects = new ProjectServiceImpl();
    final TeamServiceImpl team = new TeamServiceImpl(projects, new ModelMergeImpl());
    Path shared;
    Path anna;
    Path ben;

    @BeforeEach
    void setUp() throws Exception {
        // the repositories must not sit inside another one (the build's own): init would use that one
        assertNull(new org.eclipse.jgit.storage.file.FileRepositoryBuilder().findGitDir(temp.toFile()).getGitDir(), "temporary folder inside a repository");
        shared = temp.resolve("shared.git");
        Git.init().setBare(true).setDirectory(shared.toFile()).setInitialBranch("main").call().close();
        Path first = Files.createDirectories(temp.resolve("anna"));
        anna = first.resolve("guidance.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, anna);
        }
        team.init(anna, Path.of("/opt/bridgework/bin/bridgework"), false);
        identity(first, "Anna Editor", "anna@example.org");
        TeamService.SyncResult first2 = team.sync(anna, shared.toUri().toString(), "Start the guidance", false);
        assertTrue(first2.pushed(), first2.messages()::toString);
        Path second = temp.resolve("ben");
        Git.cloneRepository().setURI(shared.toUri().toString()).setDirectory(second.toFile()).call().close();
        identity(second, "Ben Writer", "ben@example.org");
        ben = second.resolve("guidance.guidance");
    }

    private static void identity(Path folder, String name, String email) throws Exception {
        try (Git git = Git.open(folder.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("user", null, "name", name);
            config.setString("user", null, "email", email);
            config.save();
        }
    }

    private void edit(Path file, String id, String text) throws Exception {
        try (Project p = projects.open(file)) {
            Object e = ModelKeys.index(p.root()).get(id);
            if (e instanceof Paragraph para) {
                para.setText(text);
            } else if (e instanceof Criterion c) {
                c.setStatement(text);
            }
            projects.save(p);
        }
    }

    private String text(Path file, String id) throws Exception {
        try (Project p = projects.open(file)) {
            Object e = ModelKeys.index(p.root()).get(id);
            return e instanceof Paragraph para ? para.getText() : ((Criterion) e).getStatement();
        }
    }

    @Test
    void initWritesAttributesAndRegistersTheDriver() throws Exception {
        assertTrue(Files.readString(anna.resolveSibling(".gitattributes")).contains("*.guidance merge=bridgework"));
        try (Git git = Git.open(anna.getParent().toFile())) {
            assertEquals("/opt/bridgework/bin/bridgework merge-driver %O %A %B %P", git.getRepository().getConfig().getString("merge", "bridgework", "driver"));
        }
        TeamService.InitResult again = team.init(anna, Path.of("/opt/bridgework/bin/bridgework"), true);
        assertTrue(!again.created() && !again.attributesWritten(), again::toString);
    }

    @Test
    void twoEditorsChangingDifferentElementsBothEndWithEveryChange() throws Exception {
        edit(anna, "p-ch-roles", "Anna's roles paragraph");
        edit(ben, "c3-recognisable-to-nhs", "Ben's criterion statement");
        edit(ben, "p-ch-information", "Ben's information paragraph");
        assertTrue(team.sync(anna, null, "Anna's edit", false).pushed());
        TeamService.SyncResult benSync = team.sync(ben, null, "Ben's edits", false);
        assertTrue(benSync.merged() && benSync.pushed() && benSync.conflicts() == 0, benSync.messages()::toString);
        TeamService.SyncResult annaAgain = team.sync(anna, null, null, false);
        assertTrue(annaAgain.merged(), annaAgain.messages()::toString);
        for (Path f : List.of(anna, ben)) {
            assertEquals("Anna's roles paragraph", text(f, "p-ch-roles"));
            assertEquals("Ben's criterion statement", text(f, "c3-recognisable-to-nhs"));
            assertEquals("Ben's information paragraph", text(f, "p-ch-information"));
        }
        // who changed what, per element
        List<TeamService.LogEntry> roles = team.log(ben, "p-ch-roles", 100);
        assertEquals(2, roles.size(), roles::toString);
        assertEquals("Anna Editor", roles.get(0).author());
        assertEquals("changed", roles.get(0).change());
        assertEquals("added", roles.get(1).change());
        List<TeamService.LogEntry> criterion = team.log(anna, "c3-recognisable-to-nhs", 100);
        assertEquals("Ben Writer", criterion.get(0).author());
        // differences in words
        List<ElementChange> changes = team.diff(ben, "HEAD~2", "HEAD");
        String words = ModelDiffer.sentence(changes);
        assertTrue(words.contains("paragraph p-ch-roles changed") && words.contains("criterion C3 amended"), words);
    }

    @Test
    void theSameParagraphEditedByBothIsOneRecordedConflictAndNoTextIsLost() throws Exception {
        edit(anna, "p-ch-roles", "Anna's version of roles");
        edit(ben, "p-ch-roles", "Ben's version of roles");
        team.sync(anna, null, null, false);
        TeamService.SyncResult r = team.sync(ben, null, null, false);
        assertEquals(1, r.conflicts(), r.messages()::toString);
        try (Project p = projects.open(ben)) {
            assertEquals(1, p.root().getMergeConflicts().size());
            var c = p.root().getMergeConflicts().get(0);
            assertEquals("Ben's version of roles", c.getOursValue());
            assertEquals("Anna's version of roles", c.getTheirsValue());
        }
        assertTrue(Files.readString(ben).contains("Anna's version of roles"));
        // the other editor gets the recorded conflict too
        team.sync(anna, null, null, false);
        try (Project p = projects.open(anna)) {
            assertEquals(1, p.root().getMergeConflicts().size());
        }
    }

    @Test
    void statusSaysTheBranchAndHowFarItIsAheadOrBehindTheSharedOne() throws Exception {
        Path alone = Files.createDirectories(temp.resolve("alone")).resolve("p.guidance");
        assertEquals(java.util.Optional.empty(), team.status(alone), "not in a repository");
        assertEquals(new TeamService.RepositoryStatus("main", 0, 0, true), team.status(ben).orElseThrow(), "a fresh clone");
        edit(ben, "p-ch-roles", "Ben's local edit");
        try (Git git = Git.open(ben.getParent().toFile())) {
            git.add().addFilepattern("guidance.guidance").call();
            git.commit().setMessage("Ben's edit, not pushed").call();
        }
        assertEquals(new TeamService.RepositoryStatus("main", 1, 0, true), team.status(ben).orElseThrow());
        edit(anna, "c3-recognisable-to-nhs", "Anna's amended criterion");
        assertTrue(team.sync(anna, null, "Amend C3", false).pushed());
        try (Git git = Git.open(ben.getParent().toFile())) {
            git.fetch().call();
        }
        assertEquals(new TeamService.RepositoryStatus("main", 1, 1, true), team.status(ben).orElseThrow(), "after a fetch: one to share, one to take");
    }

    @Test
    void offlineSyncCommitsAndSaysItWillSyncLater() throws Exception {
        try (Git git = Git.open(ben.getParent().toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", temp.resolve("gone.git").toUri().toString());
            config.save();
        }
        edit(ben, "p-ch-roles", "Offline edit");
        TeamService.SyncResult r = team.sync(ben, null, null, false);
        assertTrue(r.offline() && r.committed() != null && !r.pushed(), r.messages()::toString);
        assertTrue(String.join(" ", r.messages()).contains("committed locally"));
    }

    @Test
    void approvalsAreTiedToCommitsAndSupersededByALaterChange() throws Exception {
        String milestone;
        try (Project p = projects.open(anna)) {
            milestone = p.root().getMilestones().get(0).getId();
        }
        edit(anna, "p-ch-roles", "Not committed yet");
        assertThrows(TeamException.class, () -> team.approve(anna, milestone, "Dr Chair", "Taskforce chair", "Taskforce", null, false));
        team.sync(anna, null, "Ready for review", false);
        String approvedCommit;
        try (Git git = Git.open(anna.getParent().toFile())) {
            approvedCommit = git.getRepository().resolve("HEAD").getName();
        }
        TeamService.Approval a = team.approve(anna, milestone, "Dr Chair", "Taskforce chair", "Taskforce", "Approved for publication", false);
        assertEquals(approvedCommit, a.commit());
        try (Git git = Git.open(anna.getParent().toFile())) {
            Ref tag = git.getRepository().exactRef("refs/tags/" + a.tag());
            assertNotNull(tag);
            assertEquals(approvedCommit, git.getRepository().getRefDatabase().peel(tag).getPeeledObjectId().getName());
        }
        List<TeamService.Approval> listed = team.signoffs(anna);
        assertEquals(1, listed.size());
        assertNull(listed.get(0).supersededBy(), "recording the approval does not supersede it");
        edit(anna, "p-ch-information", "A change after the approval");
        TeamService.SyncResult s = team.sync(anna, null, "Later change", false);
        assertTrue(s.messages().stream().anyMatch(m -> m.contains("superseded")), s.messages()::toString);
        TeamService.Approval after = team.signoffs(anna).get(0);
        assertNotNull(after.supersededBy());
        assertEquals(40, after.supersededBy().length());
    }
}
