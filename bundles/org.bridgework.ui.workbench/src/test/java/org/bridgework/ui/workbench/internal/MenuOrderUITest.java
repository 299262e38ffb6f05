package org.bridgework.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.WorkbenchContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Contributed commands go above File > Exit and Help > About; labels read as MessageFormat patterns show one quote. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class MenuOrderUITest {
    @TempDir
    Path home;
    WorkbenchFixture f;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static CommandContribution command(String id, String label, String menu) {
        return new CommandContribution() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public String menuPath() {
                return menu;
            }

            @Override
            public boolean isEnabled(WorkbenchContext context) {
                return true;
            }

            @Override
            public void execute(WorkbenchContext context) {
            }
        };
    }

    @Test
    void contributedCommandsComeBeforeExitAndAbout() throws Exception {
        f.register(command("test.install", "Install Something from File...", Menus.FILE), command("test.tutorial", "Online Tutorial", Menus.HELP));
        f.open();
        List<String> file = WorkbenchFixture.texts(f.menuItem("File").getMenu());
        assertEquals("Exit", file.get(file.size() - 1), file.toString());
        assertTrue(file.contains("Install Something from File..."), file.toString());
        List<String> help = WorkbenchFixture.texts(f.menuItem("Help").getMenu());
        assertTrue(help.get(help.size() - 1).startsWith("About"), help.toString());
        assertTrue(help.indexOf("Online Tutorial") >= 0 && help.indexOf("Online Tutorial") < help.size() - 1, help.toString());
    }

    @Test
    void aQuoteInAPlainLabelIsOneQuote() {
        assertEquals("&Don't Save", Messages.load(Locale.ROOT).get("prompt.save.discard"));
        assertTrue(Messages.load(Locale.ROOT).format("prompt.save.message", "p.guidance").startsWith("'p.guidance' has unsaved changes"));
    }

    @Test
    void titleDecorationsFollowTheProjectName() throws Exception {
        org.bridgework.ui.api.TitleDecoration branch = project -> "main, 2 to share";
        org.bridgework.ui.api.TitleDecoration broken = project -> {
            throw new IllegalStateException("a decoration that fails costs only its words");
        };
        f.register(branch, broken);
        f.open();
        f.openSample();
        assertTrue(f.shell().getText().contains("[main, 2 to share]"), f.shell().getText());
    }

    @Test
    void theTeamMenuShowsOnlyWithSomethingInIt() throws Exception {
        f.open();
        assertTrue(!WorkbenchFixture.texts(f.shell().getMenuBar()).contains("Team"), WorkbenchFixture.texts(f.shell().getMenuBar()).toString());
        f.register(command("test.sync", "S&ync", Menus.TEAM));
        List<String> bar = WorkbenchFixture.texts(f.shell().getMenuBar());
        assertEquals(List.of("File", "Edit", "Project", "Team", "Window", "Help"), bar);
        assertTrue(f.menuItem("Team", "Sync").isEnabled());
    }
}
