package org.bridgework.ui.team.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.bridgework.core.api.Project;
import org.bridgework.team.api.TeamService.TeamException;
import org.bridgework.team.api.TeamService;
import org.bridgework.team.api.TeamService.RepositoryStatus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.TitleDecoration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The window title names the project's Git branch and how far it is ahead of or behind the shared repository
 * ("main, 2 to share, 1 to take"), as read from disk (no fetch). Read at most every two seconds: the title is brought
 * up to date after every change.
 */
@Component(service = TitleDecoration.class)
public class BranchTitle implements TitleDecoration {

    private static final Messages MESSAGES = Messages.of(BranchTitle.class);

    static final long FRESH_MILLIS = 2_000;

    private final TeamService team;
    private final LongSupplier clock;
    private Path lastFile;
    private long lastRead = Long.MIN_VALUE;
    private String lastWords;

    @Activate
    public BranchTitle(@Reference TeamService team) {
        this(team, System::currentTimeMillis);
    }

    BranchTitle(TeamService team, LongSupplier clock) {
        this.team = team;
        this.clock = clock;
    }

    @Override
    public synchronized String decorate(Project project) {
        Path file = project.isTemporaryCopy() ? null : project.file();
        if (file == null) {
            return null;
        }
        long now = clock.getAsLong();
        if (file.equals(lastFile) && now - lastRead < FRESH_MILLIS) {
            return lastWords;
        }
        lastFile = file;
        lastRead = now;
        lastWords = words(file);
        return lastWords;
    }

    private String words(Path file) {
        Optional<RepositoryStatus> status;
        try {
            status = team.status(file);
        } catch (TeamException | RuntimeException e) {
            return null; // a repository that cannot be read says nothing in the title; Team commands say why
        }
        return status.map(BranchTitle::describe).orElse(null);
    }

    static String describe(RepositoryStatus s) {
        String branch = s.branch() == null ? MESSAGES.get("title.branch.none") : s.branch();
        if (!s.tracking()) {
            return MESSAGES.format("title.branch.notShared", branch);
        }
        if (s.ahead() == 0 && s.behind() == 0) {
            return MESSAGES.format("title.branch.upToDate", branch);
        }
        StringBuilder b = new StringBuilder(branch);
        if (s.ahead() > 0) {
            b.append(MESSAGES.format("title.branch.ahead", s.ahead()));
        }
        if (s.behind() > 0) {
            b.append(MESSAGES.format("title.branch.behind", s.behind()));
        }
        return b.toString();
    }
}
