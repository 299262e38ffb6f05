package org.bridgework.ui.team.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bridgework.team.api.TeamService.RepositoryStatus;
import org.junit.jupiter.api.Test;

class BranchTitleTest {

    @Test
    void theTitleSaysTheBranchAndWhatIsLeftToShareOrTake() {
        assertEquals("main, not shared yet", BranchTitle.describe(new RepositoryStatus("main", 0, 0, false)));
        assertEquals("main, up to date", BranchTitle.describe(new RepositoryStatus("main", 0, 0, true)));
        assertEquals("main, 2 to share", BranchTitle.describe(new RepositoryStatus("main", 2, 0, true)));
        assertEquals("draft-3, 2 to share, 1 to take", BranchTitle.describe(new RepositoryStatus("draft-3", 2, 1, true)));
    }
}
