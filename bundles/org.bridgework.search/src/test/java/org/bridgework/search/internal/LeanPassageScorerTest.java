package org.bridgework.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Our passage scorer gives Lucene's score to the last bit: the same passages win, the same snippets show. */
class LeanPassageScorerTest {

    @Test
    void theSameScoreAsLucenesForRandomPassages() {
        PassageScorer lucene = new PassageScorer();
        PassageScorer lean = new Highlighting.LeanPassageScorer();
        Random random = new Random(20261207);
        String[] words = {"student", "students", "mental", "health", "nhs", "trust", "crisis", "référal", "ü", ""};
        for (int round = 0; round < 20_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            int matches = random.nextInt(12);
            String[] chosen = new String[matches];
            int[] offsets = new int[matches];
            int at = start;
            for (int i = 0; i < matches; i++) {
                chosen[i] = words[random.nextInt(random.nextBoolean() ? 3 : words.length)];
                offsets[i] = at;
                at += chosen[i].length() + 1 + random.nextInt(30);
            }
            passage.setStartOffset(start);
            passage.setEndOffset(at + random.nextInt(200));
            for (int i = 0; i < matches; i++) {
                // the same term always has the same frequency in the document, as Lucene reports it
                int inDoc = 1 + Math.floorMod(chosen[i].hashCode(), 40);
                passage.addMatch(offsets[i], offsets[i] + chosen[i].length(), new BytesRef(chosen[i]), inDoc);
            }
            int contentLength = passage.getEndOffset() + random.nextInt(20_000);
            float expected = lucene.score(passage, contentLength);
            assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(lean.score(passage, contentLength)),
                    "round " + round + ": " + passage + " in " + contentLength);
        }
    }
}
