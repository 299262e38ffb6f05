package org.bridgework.ui.drafting.internal;

import org.bridgework.ui.api.MessageKeys;
import org.junit.jupiter.api.Test;

class MessageKeysTest {

    @Test
    void everyKeyTheCodeAsksForIsDefinedAndEveryDefinedKeyIsUsed() {
        MessageKeys.assertComplete(ReviewPart.class);
    }
}
