package org.bridgework.drafting.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bridgework.core.api.Project;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewRespondTest {

    @TempDir
    Path temp;

    final Cli cli = new Cli();

    @Test
    void theMilestoneViewsRefuseAMilestoneTheProjectDoesNotHave() {
        for (String[] view : new String[][] {{"review", "report"}, {"review", "suggestions"}, {"review", "recipients", "list"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(view).skip(1), java.util.stream.Stream.of("--sample", "--milestone", "ms-nope"))
                    .toArray(String[]::new);
            Cli.Result r = cli.run("review", args);
            assertEquals(2, r.exit(), String.join(" ", view) + ": " + r.err());
            assertTrue(r.err().contains("the project has no milestone with id 'ms-nope'."), r.err());
            Cli.Result all = cli.run("review", java.util.Arrays.copyOfRange(args, 0, args.length - 2));
            assertEquals(0, all.exit(), String.join(" ", view) + ": " + all.err());
        }
        Cli.Result done = cli.run("review", "suggestions", "--sample", "--status", "done");
        assertEquals(2, done.exit());
        assertTrue(done.err().contains("unknown status 'done'"), done.err());
    }

    @Test
    void respondSetsStatusAndResponseAndAResolvedCommentNeedsAResponse() throws Exception {
        Path file = temp.resolve("p.guidance");
        try (Project p = cli.projects.sampleCopy()) {
            ReviewComment c = GuidanceFactory.eINSTANCE.createReviewComment();
            c.setId("rc-1");
            c.setText("Say who the NHS contact is.");
            c.setStatus(ReviewStatus.OPEN);
            p.root().getReviewComments().add(c);
            cli.projects.saveAs(p, file);
        }
        byte[] before = Files.readAllBytes(file);
        Cli.Result bare = cli.run("review", "respond", "rc-1", "--status", "accepted", file.toString());
        assertEquals(2, bare.exit());
        assertTrue(bare.err().contains("needs a response"), bare.err());
        assertArrayEquals(before, Files.readAllBytes(file));

        Cli.Result dry = cli.run("review", "respond", "rc-1", "--status", "accepted", "--response", "Added to the contacts table.", "--dry-run", file.toString());
        assertEquals(0, dry.exit(), dry.err());
        assertArrayEquals(before, Files.readAllBytes(file));

        Cli.Result ok = cli.run("review", "respond", "rc-1", "--status", "accepted", "--response", "Added to the contacts table.", "--json", file.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("open → accepted"), ok.out());
        try (Project p = cli.projects.open(file)) {
            ReviewComment c = comment(p, "rc-1");
            assertEquals(ReviewStatus.ACCEPTED, c.getStatus());
            assertEquals("Added to the contacts table.", c.getResponse());
            assertEquals(null, c.getTheme());
        }
        // the theme "you said, we did" groups it under
        Cli.Result theme = cli.run("review", "respond", "rc-1", "--theme", " Contacts ", file.toString());
        assertEquals(0, theme.exit(), theme.err());
        assertTrue(theme.out().contains("theme Contacts"), theme.out());
        try (Project p = cli.projects.open(file)) {
            assertEquals("Contacts", comment(p, "rc-1").getTheme());
            assertEquals(ReviewStatus.ACCEPTED, comment(p, "rc-1").getStatus());
        }
        Cli.Result unknown = cli.run("review", "respond", "rc-9", "--status", "done", "--response", "x", file.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no review comment 'rc-9'"), unknown.err());
    }

    private static ReviewComment comment(Project p, String id) {
        return p.root().getReviewComments().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}
