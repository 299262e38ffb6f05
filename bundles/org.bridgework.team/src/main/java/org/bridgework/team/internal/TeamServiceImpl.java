package org.bridgework.team.internal;

import org.bridgework.core.api.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectLoadException;
import org.bridgework.core.api.ProjectService;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.team.api.ElementChange;
import org.bridgework.team.api.MergeResult;
import org.bridgework.team.api.ModelMerge;
import org.bridgework.team.api.TeamService;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Git side of team working, with JGit; projects are read and written through the {@link ProjectService}. */
@Component
public class TeamServiceImpl implements TeamService {

    static final String DRIVER = "bridgework";
    public static final String ATTRIBUTE_LINE = "*.guidance merge=" + DRIVER;
    static final String SYNC_LOCK = "bridgework-sync.lock";
    private static final DateTimeFormatter TAG_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final ProjectService projects;
    private final ModelMerge merge;

    @Activate
    public TeamServiceImpl(@Reference ProjectService projects, @Reference ModelMerge merge) {
        this.projects = projects;
        this.merge = merge;
    }

    // ------------------------------------------------------------------ init

    @Override
    public InitResult init(Path project, Path launcher, boolean dryRun) throws TeamException {
        Path file = existing(project);
        Path folder = file.getParent();
        Repository found = find(folder);
        boolean created = found == null;
        Path workTree = created ? folder : found.getWorkTree().toPath();
        String driver = quote(launcher.toAbsolutePath().toString()) + " merge-driver %O %A %B %P";
        Path attributes = workTree.resolve(".gitattributes");
        boolean writeAttributes;
        try {
            writeAttributes = !Files.exists(attributes) || Files.readAllLines(attributes).stream().noneMatch(l -> l.strip().equals(ATTRIBUTE_LINE));
        } catch (IOException e) {
            throw new TeamException("could not read " + attributes + ": " + e.getMessage(), e);
        }
        if (dryRun) {
            if (found != null) {
                found.close();
            }
            return new InitResult(workTree, created, writeAttributes, driver);
        }
        try (Repository repo = created ? Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call().getRepository() : found) {
            if (writeAttributes) {
                appendLine(attributes, ATTRIBUTE_LINE);
            }
            Path ignore = workTree.resolve(".gitignore");
            for (String pattern : List.of("*.guidance.bak", ".~lock.*#")) {
                if (!Files.exists(ignore) || Files.readAllLines(ignore).stream().noneMatch(l -> l.strip().equals(pattern))) {
                    appendLine(ignore, pattern);
                }
            }
            StoredConfig config = repo.getConfig();
            config.setString("merge", DRIVER, "name", "Bridgework model merge (by element id; conflicts recorded in the project)");
            config.setString("merge", DRIVER, "driver", driver);
            config.save();
            return new InitResult(workTree, created, writeAttributes, driver);
        } catch (GitAPIException | IOException e) {
            throw new TeamException("could not set up a repository in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void appendLine(Path file, String line) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String text = existing + (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n") + line + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String quote(String path) {
        return path.matches("[A-Za-z0-9_./+-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }

    // ------------------------------------------------------------------ sync

    @Override
    public SyncResult sync(Path project, String remote, String message, boolean dryRun) throws TeamException {
        Path file = existing(project);
        List<String> messages = new ArrayList<>();
        try (Repository repo = open(file); Git git = new Git(repo)) {
            String path = pathIn(repo, file);
            Path lock = repo.getDirectory().toPath().resolve(SYNC_LOCK);
            if (!dryRun) {
                takeSyncLock(repo, lock, messages);
            }
            try {
                return syncLocked(git, repo, file, path, remote, message, dryRun, messages);
            } finally {
                if (!dryRun) {
                    Files.deleteIfExists(lock);
                }
            }
        } catch (GitAPIException | IOException e) {
            if (e instanceof TeamException t) {
                throw t;
            }
            throw new TeamException("sync of " + file + " failed: " + e.getMessage(), e);
        }
    }

    private SyncResult syncLocked(Git git, Repository repo, Path file, String path, String remote, String message, boolean dryRun,
            List<String> messages) throws IOException, GitAPIException {
        if (remote != null && !dryRun) {
            StoredConfig config = repo.getConfig();
            config.setString("remote", "origin", "url", remote);
            if (config.getStringList("remote", "origin", "fetch").length == 0) {
                config.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*");
            }
            config.save();
        }
        String[] author = author(repo);
        PersonIdent ident = new PersonIdent(author[0], author[1]);
        Status status = git.status().addPath(path).addPath(".gitattributes").addPath(".gitignore").call();
        boolean changed = !status.isClean();
        boolean headExists = repo.resolve(Constants.HEAD) != null;
        String committed = null;
        if (dryRun) {
            messages.add(changed ? "would commit the changes to " + path : "nothing to commit");
            return new SyncResult(null, false, false, 0, false, false, head(repo), messages);
        }
        if (changed || !headExists) {
            git.add().addFilepattern(path).call();
            for (String extra : List.of(".gitattributes", ".gitignore")) {
                if (Files.exists(repo.getWorkTree().toPath().resolve(extra))) {
                    git.add().addFilepattern(extra).call();
                }
            }
            RevCommit commit = git.commit().setMessage(message != null ? message : "Bridgework: update " + file.getFileName())
                    .setAuthor(ident).setCommitter(ident).setSign(false).call();
            committed = commit.getName();
            messages.add("committed " + commit.abbreviate(8).name() + " (" + author[0] + ")");
        }
        markSuperseded(git, repo, file, path, ident, messages);
        String url = repo.getConfig().getString("remote", "origin", "url");
        if (url == null) {
            messages.add("no shared repository set (give --remote URL once): committed locally only");
            return new SyncResult(committed, false, false, 0, false, true, head(repo), messages);
        }
        String branch = repo.getBranch();
        int conflicts = 0;
        boolean merged = false;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                git.fetch().setRemote("origin").setTagOpt(TagOpt.FETCH_TAGS).call();
            } catch (TransportException | org.eclipse.jgit.api.errors.InvalidRemoteException e) {
                messages.add("the shared repository " + url + " cannot be reached (" + firstLine(e.getMessage())
                        + "): committed locally; run team sync again to share it");
                return new SyncResult(committed, false, false, 0, false, true, head(repo), messages);
            }
            Ref theirsRef = repo.exactRef("refs/remotes/origin/" + branch);
            if (theirsRef != null) {
                MergeOutcome outcome = mergeRemote(git, repo, file, path, theirsRef, ident);
                merged |= outcome.merged;
                conflicts += outcome.conflicts;
                if (outcome.text != null) {
                    messages.add(outcome.text);
                }
                if (outcome.merged) {
                    markSuperseded(git, repo, file, path, ident, messages);
                }
            }
            Iterable<PushResult> results = git.push().setRemote("origin")
                    .setRefSpecs(new RefSpec("refs/heads/" + branch + ":refs/heads/" + branch), new RefSpec("refs/tags/*:refs/tags/*")).call();
            boolean rejected = false;
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    RemoteRefUpdate.Status s = update.getStatus();
                    if (s == RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD || s == RemoteRefUpdate.Status.REJECTED_REMOTE_CHANGED) {
                        rejected = update.getRemoteName().startsWith("refs/heads/") || rejected;
                    } else if (s != RemoteRefUpdate.Status.OK && s != RemoteRefUpdate.Status.UP_TO_DATE) {
                        if (update.getRemoteName().startsWith("refs/heads/")) {
                            throw new TeamException("the shared repository refused " + update.getRemoteName() + ": " + s
                                    + (update.getMessage() != null ? " (" + update.getMessage() + ")" : ""));
                        }
                    }
                }
            }
            if (!rejected) {
                messages.add("in step with " + url + " at " + head(repo).substring(0, 8));
                if (conflicts > 0) {
                    messages.add(conflicts + " merge conflict" + (conflicts == 1 ? "" : "s")
                            + " recorded in the project: see bridgework validate, resolve with bridgework team resolve");
                }
                return new SyncResult(committed, true, merged, conflicts, true, false, head(repo), messages);
            }
            messages.add("someone pushed meanwhile: merging again");
        }
        throw new TeamException("the shared repository kept changing while syncing; try again in a moment.");
    }

    private record MergeOutcome(boolean merged, int conflicts, String text) {
    }

    private MergeOutcome mergeRemote(Git git, Repository repo, Path file, String path, Ref theirsRef, PersonIdent ident)
            throws IOException, GitAPIException {
        ObjectId headId = repo.resolve(Constants.HEAD);
        ObjectId theirsId = theirsRef.getObjectId();
        if (headId == null) {
            git.checkout().setName(theirsRef.getName()).call();
            return new MergeOutcome(true, 0, "took the shared history");
        }
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit head = walk.parseCommit(headId);
            RevCommit theirs = walk.parseCommit(theirsId);
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(head);
            walk.markStart(theirs);
            RevCommit base = walk.next();
            if (base != null && base.equals(theirs)) {
                return new MergeOutcome(false, 0, null); // nothing new there
            }
            if (base != null && base.equals(head)) {
                git.merge().include(theirsRef).setFastForward(FastForwardMode.FF_ONLY).call();
                return new MergeOutcome(true, 0, "took " + count(repo, head, theirs) + " change(s) from others (fast-forward)");
            }
            // both sides moved: merge each project both changed by element, then let git merge the rest in memory (the
            // project then being the same on both sides), commit, and check the result out: the working tree never holds
            // a half-merged project, so a sync killed at any point leaves files that load
            Map<String, ObjectId> mergedBlobs = new LinkedHashMap<>();
            int conflicts = 0;
            for (String p : List.of(path)) {
                ObjectId b = base == null ? null : blob(repo, base, p);
                ObjectId o = blob(repo, head, p);
                ObjectId t = blob(repo, theirs, p);
                if (t != null && o != null && !o.equals(t) && !t.equals(b) && !o.equals(b)) {
                    ProjectMerge pm = mergeProject(repo, base, head, theirs, p);
                    mergedBlobs.put(p, pm.blob());
                    conflicts += pm.conflicts();
                }
            }
            ObjectId tree;
            try (ObjectInserter inserter = repo.newObjectInserter()) {
                ObjectId oursTree = withBlobs(repo, inserter, head.getTree(), mergedBlobs);
                ObjectId theirsTree = withBlobs(repo, inserter, theirs.getTree(), mergedBlobs);
                inserter.flush();
                ResolveMerger merger = (ResolveMerger) MergeStrategy.RESOLVE.newMerger(repo, true);
                if (base != null) {
                    merger.setBase(base.getTree());
                }
                if (!merger.merge(oursTree, theirsTree)) {
                    List<String> paths = new ArrayList<>(merger.getUnmergedPaths());
                    if (merger.getFailingPaths() != null) {
                        paths.addAll(merger.getFailingPaths().keySet());
                    }
                    throw new TeamException("files other than the project conflict (" + String.join(", ", paths)
                            + "): merge them with git (git pull), then sync again. Nothing was changed.");
                }
                tree = merger.getResultTreeId();
                String what = mergedBlobs.isEmpty() ? "" : " (" + String.join(", ", mergedBlobs.keySet()) + " merged by element)";
                CommitBuilder commit = new CommitBuilder();
                commit.setTreeId(tree);
                commit.setParentIds(head, theirs);
                commit.setAuthor(ident);
                commit.setCommitter(ident);
                commit.setMessage("Merge changes from " + theirsRef.getName().replace("refs/remotes/", "") + what + "\n");
                ObjectId mergeCommit = inserter.insert(commit);
                inserter.flush();
                DirCache index = repo.lockDirCache();
                try {
                    DirCacheCheckout checkout = new DirCacheCheckout(repo, head.getTree(), index, walk.parseTree(tree));
                    checkout.setFailOnConflict(true);
                    checkout.checkout();
                } catch (org.eclipse.jgit.errors.CheckoutConflictException e) {
                    throw new TeamException("local changes to other files are in the way of the merge (" + String.join(", ", e.getConflictingFiles())
                            + "): commit or put them aside, then sync again. Nothing was changed.", e);
                } finally {
                    index.unlock();
                }
                RefUpdate update = repo.updateRef(Constants.HEAD);
                update.setNewObjectId(mergeCommit);
                update.setExpectedOldObjectId(head);
                update.setRefLogMessage("bridgework team sync: merge", false);
                RefUpdate.Result r = update.update();
                if (r != RefUpdate.Result.FAST_FORWARD && r != RefUpdate.Result.NEW && r != RefUpdate.Result.FORCED) {
                    throw new TeamException("could not move " + repo.getBranch() + " to the merge (" + r + "); run team sync again.");
                }
                return new MergeOutcome(true, conflicts, "merged the changes of others into " + mergeCommit.abbreviate(8).name() + what);
            }
        }
    }

    /** A tree with the given blobs at the given paths (what a project merge produced), the rest as in {@code tree}. */
    private static ObjectId withBlobs(Repository repo, ObjectInserter inserter, ObjectId tree, Map<String, ObjectId> blobs) throws IOException {
        if (blobs.isEmpty()) {
            return tree;
        }
        DirCache cache = DirCache.newInCore();
        DirCacheBuilder builder = cache.builder();
        try (ObjectReader reader = repo.newObjectReader()) {
            builder.addTree(new byte[0], 0, reader, tree);
        }
        builder.finish();
        DirCacheEditor editor = cache.editor();
        for (Map.Entry<String, ObjectId> e : blobs.entrySet()) {
            editor.add(new DirCacheEditor.PathEdit(e.getKey()) {
                @Override
                public void apply(DirCacheEntry entry) {
                    entry.setFileMode(FileMode.REGULAR_FILE);
                    entry.setObjectId(e.getValue());
                }
            });
        }
        editor.finish();
        return cache.writeTree(inserter);
    }

    private record ProjectMerge(ObjectId blob, int conflicts) {
    }

    /** Model merge of one project path; the result as a new blob (the working tree is left alone) and its conflicts. */
    private ProjectMerge mergeProject(Repository repo, RevCommit base, RevCommit head, RevCommit theirs, String path) throws IOException {
        Path temp = Files.createTempDirectory("bridgework-merge-");
        try (Project b = base == null ? null : load(repo, base, path, temp.resolve("base.guidance"));
                Project o = load(repo, head, path, temp.resolve("ours.guidance"));
                Project t = load(repo, theirs, path, temp.resolve("theirs.guidance"))) {
            GuidanceProject baseRoot = b != null ? b.root() : GuidanceFactory.eINSTANCE.createGuidanceProject();
            MergeResult result = merge.merge(baseRoot, o.root(), t.root(), authorOf(head), authorOf(theirs));
            Path merged = temp.resolve("merged.guidance");
            projects.saveAs(o, merged);
            try (ObjectInserter inserter = repo.newObjectInserter()) {
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, Files.readAllBytes(merged));
                inserter.flush();
                return new ProjectMerge(blob, result.conflicts().size());
            }
        } finally {
            deleteTree(temp);
        }
    }

    private static String authorOf(RevCommit commit) {
        return commit.getAuthorIdent().getName() + " (" + commit.abbreviate(8).name() + ")";
    }

    /** Writes a copy beside the target and renames it over, so a reader never sees half a file. */
    public static void replace(Path source, Path target) throws IOException {
        AtomicFiles.copy(source, target);
    }

    private Project load(Repository repo, RevCommit commit, String path, Path into) throws IOException {
        ObjectId blob = blob(repo, commit, path);
        if (blob == null) {
            return null;
        }
        try (InputStream in = repo.open(blob).openStream()) {
            Files.copy(in, into, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            return projects.open(into);
        } catch (ProjectLoadException e) {
            throw new TeamException("the version of " + path + " in commit " + commit.abbreviate(8).name() + " cannot be read: " + e.getMessage(), e);
        }
    }

    static ObjectId blob(Repository repo, RevCommit commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repo, path, commit.getTree())) {
            return walk == null ? null : walk.getObjectId(0);
        }
    }

    private static int count(Repository repo, RevCommit from, RevCommit to) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(to));
            walk.markUninteresting(walk.parseCommit(from));
            int n = 0;
            for (RevCommit ignored : walk) {
                n++;
            }
            return n;
        }
    }

    /**
     * One sync at a time per repository. A lock left by a process that is gone (killed during a sync) is taken over,
     * and Git's own lock files it left are removed, so the repository is usable again.
     */
    private static void takeSyncLock(Repository repo, Path lock, List<String> messages) throws IOException, GitAPIException {
        if (Files.exists(lock)) {
            String holder = Files.readString(lock).strip();
            long pid = -1;
            try {
                pid = Long.parseLong(holder);
            } catch (NumberFormatException ignored) {
                // unreadable: treat as stale
            }
            if (pid > 0 && pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                throw new TeamException("another sync of this repository is running (process " + pid + "); wait for it to finish.");
            }
            Path gitDir = repo.getDirectory().toPath();
            try (Stream<Path> files = Files.walk(gitDir)) {
                for (Path stale : files.filter(p -> p.getFileName().toString().endsWith(".lock") && !p.getFileName().toString().equals(SYNC_LOCK)).toList()) {
                    Files.deleteIfExists(stale);
                }
            }
            if (repo.getRepositoryState() != RepositoryState.SAFE) {
                new Git(repo).reset().setMode(ResetType.HARD).call();
                messages.add("an interrupted sync was cleaned up (its half-done merge was undone; your commits are kept)");
            } else {
                messages.add("an interrupted sync was cleaned up");
            }
        }
        Files.writeString(lock, Long.toString(ProcessHandle.current().pid()));
    }

    // ------------------------------------------------------------------ superseded approvals

    /** Marks approvals whose approved content has since changed in a commit (one commit saying so, when any). */
    private void markSuperseded(Git git, Repository repo, Path file, String path, PersonIdent ident, List<String> messages)
            throws IOException, GitAPIException {
        List<String> marked = new ArrayList<>();
        try (Project current = projects.open(file)) {
            for (org.bridgework.model.Approval approval : current.root().getApprovals()) {
                if (approval.getSupersededBy() != null && !approval.getSupersededBy().isEmpty()) {
                    continue;
                }
                String by = supersededBy(repo, path, approval.getCommit());
                if (by != null && !by.equals("uncommitted changes")) {
                    approval.setSupersededBy(by);
                    marked.add(approval.getId());
                }
            }
            if (!marked.isEmpty()) {
                projects.save(current);
            }
        } catch (ProjectLoadException e) {
            throw new TeamException(e.getMessage(), e);
        }
        if (!marked.isEmpty()) {
            git.add().addFilepattern(path).call();
            git.commit().setMessage("Approvals superseded by later changes: " + String.join(", ", marked)).setAuthor(ident).setCommitter(ident)
                    .setSign(false).call();
            messages.add("marked as superseded by later changes: " + String.join(", ", marked));
        }
    }

    /** The first commit after {@code approved} that changed the project's content, "uncommitted changes", or null. */
    private String supersededBy(Repository repo, String path, String approved) throws IOException {
        if (approved == null || approved.isEmpty()) {
            return null;
        }
        ObjectId approvedId = repo.resolve(approved);
        if (approvedId == null) {
            return null;
        }
        Path temp = Files.createTempDirectory("bridgework-signoff-");
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit approvedCommit = walk.parseCommit(approvedId);
            Project approvedVersion = load(repo, approvedCommit, path, temp.resolve("approved.guidance"));
            if (approvedVersion == null) {
                return null;
            }
            try (approvedVersion) {
                List<RevCommit> later = new ArrayList<>();
                ObjectId head = repo.resolve(Constants.HEAD);
                walk.reset();
                walk.markStart(walk.parseCommit(head));
                walk.markUninteresting(approvedCommit);
                for (RevCommit c : walk) {
                    later.add(c);
                }
                later.sort(Comparator.comparingInt(RevCommit::getCommitTime));
                ObjectId approvedBlob = blob(repo, approvedCommit, path);
                Map<ObjectId, Boolean> seen = new HashMap<>();
                int n = 0;
                for (RevCommit c : later) {
                    ObjectId b = blob(repo, c, path);
                    if (b == null || b.equals(approvedBlob) || seen.containsKey(b)) {
                        continue;
                    }
                    seen.put(b, Boolean.TRUE);
                    try (Project version = load(repo, c, path, temp.resolve("v" + (n++) + ".guidance"))) {
                        if (!ModelDiffer.diff(approvedVersion.root(), version.root(), true).isEmpty()) {
                            return c.getName();
                        }
                    }
                }
                Path file = repo.getWorkTree().toPath().resolve(path);
                if (Files.exists(file)) {
                    try (Project working = projects.open(file)) {
                        if (!ModelDiffer.diff(approvedVersion.root(), working.root(), true).isEmpty()) {
                            return "uncommitted changes";
                        }
                    } catch (ProjectLoadException e) {
                        return null;
                    }
                }
                return null;
            }
        } finally {
            deleteTree(temp);
        }
    }

    // ------------------------------------------------------------------ log and diff

    @Override
    public List<LogEntry> log(Path project, String elementId, int limit) throws TeamException {
        Path file = existing(project);
        try (Repository repo = open(file); Git git = new Git(repo)) {
            String path = pathIn(repo, file);
            if (repo.resolve(Constants.HEAD) == null) {
                return List.of();
            }
            List<LogEntry> entries = new ArrayList<>();
            Map<ObjectId, byte[]> fragments = new HashMap<>();
            try (RevWalk walk = new RevWalk(repo)) {
                for (RevCommit c : git.log().addPath(path).call()) {
                    if (entries.size() >= limit) {
                        break;
                    }
                    String change = null;
                    if (elementId != null) {
                        byte[] now = fragment(repo, fragments, blob(repo, c, path), elementId);
                        boolean anyParentSame = false;
                        byte[] first = null;
                        boolean firstParent = true;
                        for (RevCommit parent : c.getParents()) {
                            RevCommit p = walk.parseCommit(parent);
                            byte[] before = fragment(repo, fragments, blob(repo, p, path), elementId);
                            if (java.util.Arrays.equals(before, now)) {
                                anyParentSame = true;
                            }
                            if (firstParent) {
                                first = before;
                                firstParent = false;
                            }
                        }
                        if (anyParentSame || (c.getParentCount() == 0 && now == null)) {
                            continue;
                        }
                        change = now == null ? "deleted" : first == null ? "added" : "changed";
                    }
                    PersonIdent a = c.getAuthorIdent();
                    entries.add(new LogEntry(c.getName(), a.getName(), a.getEmailAddress(),
                            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.getWhenAsInstant().atOffset(ZoneOffset.UTC)),
                            c.getShortMessage(), change));
                }
            }
            return entries;
        } catch (GitAPIException | IOException e) {
            if (e instanceof TeamException t) {
                throw t;
            }
            throw new TeamException("could not read the history of " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] fragment(Repository repo, Map<ObjectId, byte[]> cache, ObjectId blob, String id) throws IOException {
        if (blob == null) {
            return null;
        }
        byte[] cached = cache.get(blob);
        if (cached != null || cache.containsKey(blob)) {
            return cached;
        }
        ObjectLoader loader = repo.open(blob);
        byte[] fragment = ElementHistory.fragment(loader.getCachedBytes(Integer.MAX_VALUE), id);
        cache.put(blob, fragment);
        return fragment;
    }

    @Override
    public List<ElementChange> diff(Path project, String from, String to) throws TeamException {
        Path file = existing(project);
        Path temp = null;
        try (Repository repo = open(file)) {
            String path = pathIn(repo, file);
            temp = Files.createTempDirectory("bridgework-diff-");
            try (Project older = version(repo, path, from == null ? Constants.HEAD : from, file, temp.resolve("from.guidance"));
                    Project newer = to == null ? projects.open(file) : version(repo, path, to, file, temp.resolve("to.guidance"))) {
                return ModelDiffer.diff(older.root(), newer.root(), false);
            }
        } catch (ProjectLoadException e) {
            throw new TeamException(e.getMessage(), e);
        } catch (IOException e) {
            if (e instanceof TeamException t) {
                throw t;
            }
            throw new TeamException("could not compare versions of " + file + ": " + e.getMessage(), e);
        } finally {
            deleteTree(temp);
        }
    }

    private Project version(Repository repo, String path, String revision, Path file, Path into) throws IOException {
        ObjectId id = repo.resolve(revision + "^{commit}");
        if (id == null) {
            throw new TeamException("there is no revision '" + revision + "' in " + repo.getWorkTree()
                    + (repo.resolve(Constants.HEAD) == null ? " (nothing is committed yet: run bridgework team sync)" : "") + ".");
        }
        try (RevWalk walk = new RevWalk(repo)) {
            Project p = load(repo, walk.parseCommit(id), path, into);
            if (p == null) {
                throw new TeamException(path + " is not in revision " + revision + ".");
            }
            return p;
        }
    }

    // ------------------------------------------------------------------ sign-off

    @Override
    public Approval approve(Path project, String milestone, String name, String role, String organisation, String note, boolean dryRun)
            throws TeamException {
        Path file = existing(project);
        try (Repository repo = open(file); Git git = new Git(repo)) {
            String path = pathIn(repo, file);
            ObjectId headId = repo.resolve(Constants.HEAD);
            if (headId == null || blobAtHead(repo, path) == null) {
                throw new TeamException(path + " is not committed yet: run bridgework team sync first, then approve the committed version.");
            }
            if (!git.status().addPath(path).call().isClean()) {
                throw new TeamException(path + " has changes that are not committed; an approval is of an exact committed version: "
                        + "run bridgework team sync first (or undo the changes).");
            }
            RevCommit approved;
            try (RevWalk walk = new RevWalk(repo)) {
                approved = walk.parseCommit(headId);
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String id = "approval-" + milestone + "-" + TAG_TIME.format(now).toLowerCase();
            String tag = "bridgework/" + id;
            String[] author = author(repo);
            try (Project opened = projects.open(file)) {
                GuidanceProject root = opened.root();
                Milestone target = root.getMilestones().stream().filter(m -> milestone.equals(m.getId())).findFirst()
                        .orElseThrow(() -> new TeamException("there is no milestone '" + milestone + "' in " + file.getFileName() + "; its milestones are "
                                + String.join(", ", root.getMilestones().stream().map(Milestone::getId).toList()) + "."));
                Approval result = new Approval(id, milestone, name, role, organisation, note, approved.getName(), now.toString(), tag, null);
                if (dryRun) {
                    return result;
                }
                org.bridgework.model.Approval record = GuidanceFactory.eINSTANCE.createApproval();
                record.setId(id);
                record.setMilestone(target);
                record.setName(name);
                record.setRole(role);
                record.setOrganisation(organisation);
                record.setNote(note);
                record.setCommit(approved.getName());
                record.setApprovedAt(now.toString());
                record.setTag(tag);
                root.getApprovals().add(record);
                projects.save(opened);
                String who = name + " (" + role + (organisation != null ? ", " + organisation : "") + ")";
                PersonIdent tagger = new PersonIdent(name, author[1], now, ZoneOffset.UTC);
                git.tag().setName(tag).setObjectId(approved).setAnnotated(true).setTagger(tagger).setSigned(false)
                        .setMessage("Approval of milestone " + milestone + " by " + who + "\n\nVersion: " + approved.getName()
                                + (note != null ? "\n\n" + note : "") + "\n")
                        .call();
                git.add().addFilepattern(path).call();
                PersonIdent ident = new PersonIdent(author[0], author[1]);
                git.commit().setMessage("Approval: milestone " + milestone + " approved by " + who + " at " + approved.abbreviate(8).name())
                        .setAuthor(ident).setCommitter(ident).setSign(false).call();
                return result;
            }
        } catch (ProjectLoadException e) {
            throw new TeamException(e.getMessage(), e);
        } catch (GitAPIException | IOException e) {
            if (e instanceof TeamException t) {
                throw t;
            }
            throw new TeamException("could not record the approval in " + file + ": " + e.getMessage(), e);
        }
    }

    private static ObjectId blobAtHead(Repository repo, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            return blob(repo, walk.parseCommit(repo.resolve(Constants.HEAD)), path);
        }
    }

    @Override
    public List<Approval> signoffs(Path project) throws TeamException {
        Path file = existing(project);
        try (Repository repo = open(file); Project opened = projects.open(file)) {
            String path = pathIn(repo, file);
            List<Approval> result = new ArrayList<>();
            for (org.bridgework.model.Approval a : opened.root().getApprovals()) {
                String superseded = a.getSupersededBy();
                if (superseded == null || superseded.isEmpty()) {
                    superseded = supersededBy(repo, path, a.getCommit());
                }
                result.add(new Approval(a.getId(), a.getMilestone() == null ? null : a.getMilestone().getId(), a.getName(), a.getRole(),
                        a.getOrganisation(), a.getNote(), a.getCommit(), a.getApprovedAt(), a.getTag(), superseded));
            }
            return result;
        } catch (ProjectLoadException e) {
            throw new TeamException(e.getMessage(), e);
        } catch (IOException e) {
            if (e instanceof TeamException t) {
                throw t;
            }
            throw new TeamException("could not read the sign-offs of " + file + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ shared

    @Override
    public String[] author(Path project) throws TeamException {
        try (Repository repo = open(existing(project))) {
            return author(repo);
        } catch (IOException e) {
            if (e instanceof TeamException t) {
                throw t;
            }
            throw new TeamException(e.getMessage(), e);
        }
    }

    static String[] author(Repository repo) {
        String name = repo.getConfig().getString("user", null, "name");
        String email = repo.getConfig().getString("user", null, "email");
        Properties settings = settings();
        if (name == null || name.isBlank()) {
            name = settings.getProperty("team.name");
        }
        if (email == null || email.isBlank()) {
            email = settings.getProperty("team.email");
        }
        if (name == null || name.isBlank()) {
            name = System.getProperty("user.name", "Bridgework user");
        }
        if (email == null || email.isBlank()) {
            email = name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@localhost";
        }
        return new String[] {name, email};
    }

    /** Bridgework's own settings ({@code team.name}, {@code team.email}) for people without a Git identity. */
    private static Properties settings() {
        Properties p = new Properties();
        Path config = org.bridgework.core.api.UserFolders.current().settingsFile();
        if (Files.isRegularFile(config)) {
            try (InputStream in = Files.newInputStream(config)) {
                p.load(in);
            } catch (IOException ignored) {
                // unreadable settings: fall back to the defaults
            }
        }
        return p;
    }

    private static String head(Repository repo) throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD);
        return head == null ? "" : head.getName();
    }

    private static Path existing(Path project) throws TeamException {
        Path file = project.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new TeamException(project + ": no such project file.");
        }
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new TeamException(project + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public java.util.Optional<RepositoryStatus> status(Path project) throws TeamException {
        Path folder = project.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            return java.util.Optional.empty();
        }
        Repository repo = find(folder);
        if (repo == null) {
            return java.util.Optional.empty();
        }
        try (repo) {
            String branch = repo.getBranch();
            org.eclipse.jgit.lib.BranchTrackingStatus tracking = branch == null ? null : org.eclipse.jgit.lib.BranchTrackingStatus.of(repo, branch);
            return java.util.Optional.of(tracking == null ? new RepositoryStatus(branch, 0, 0, false)
                    : new RepositoryStatus(branch, tracking.getAheadCount(), tracking.getBehindCount(), true));
        } catch (IOException e) {
            throw new TeamException("the status of the Git repository of " + project + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Repository find(Path folder) throws TeamException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        try {
            return builder.setMustExist(true).build();
        } catch (IOException e) {
            throw new TeamException("the Git repository at " + builder.getGitDir() + " cannot be opened: " + e.getMessage(), e);
        }
    }

    static Repository open(Path file) throws TeamException {
        Repository repo = find(file.getParent());
        if (repo == null) {
            throw new TeamException(file + " is not in a Git repository: run bridgework team init " + file.getFileName() + " first.");
        }
        if (repo.isBare()) {
            repo.close();
            throw new TeamException(file + " is inside a bare repository; work in a clone of it.");
        }
        return repo;
    }

    static String pathIn(Repository repo, Path file) throws IOException {
        Path workTree = repo.getWorkTree().toPath().toRealPath();
        return workTree.relativize(file.toRealPath()).toString().replace('\\', '/');
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no answer";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    public static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder; the system cleans it eventually
        }
    }
}
